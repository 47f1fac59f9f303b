import { useQueryStates } from "nuqs";
import { createLoader, createParser, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { cursorStack } from "@/components/data-table/cursor-stack";
import { ENTITY_TYPES } from "@/components/audit/audit-actions";
import { listSearchParams, parseAsUuid } from "@/components/data-table/search-params";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day in the URL ("2026-03-01"); anything else is ignored. */
const parseAsDay = createParser({
  parse: (value: string) => (DAY.test(value) && !Number.isNaN(new Date(`${value}T00:00:00`).getTime()) ? value : null),
  serialize: (value: string) => value,
});

/** The audit log's filters and pages in the URL. */
export const auditSearchParams = {
  actor: parseAsUuid,
  entity: parseAsStringLiteral(ENTITY_TYPES),
  action: parseAsString.withDefault(""),
  from: parseAsDay,
  to: parseAsDay,
  size: listSearchParams.size,
  after: listSearchParams.after,
};

/** The URL state in a server component (the audit page prefetches its first entries with it). */
export const loadAuditSearchParams = createLoader(auditSearchParams);

export function useAuditSearchParams() {
  return useQueryStates(auditSearchParams, { history: "replace" });
}

export type AuditSearchParams = ReturnType<typeof useAuditSearchParams>[0];
export type SetAuditSearchParams = ReturnType<typeof useAuditSearchParams>[1];

/** The days as the API's time range, in the viewer's time zone: `from` at its start, `to` at its end. */
export function auditTimeRange(from: string | null, to: string | null) {
  return {
    from: from ? new Date(`${from}T00:00:00`) : undefined,
    to: to ? new Date(`${to}T23:59:59.999`) : undefined,
  };
}

/** The `audit.list` input of the URL state. */
export function auditListInput(params: AuditSearchParams) {
  return {
    limit: params.size,
    cursor: cursorStack.current(params.after),
    actorId: params.actor ?? undefined,
    entityType: params.entity ?? undefined,
    action: params.action || undefined,
    ...auditTimeRange(params.from, params.to),
  };
}
