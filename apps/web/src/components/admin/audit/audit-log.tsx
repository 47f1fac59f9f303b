"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { AlertCircle, History, SearchX } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { cursorStack } from "@/components/data-table/cursor-stack";
import { DataTable } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/data-table/empty-state";
import { KeysetPagination } from "@/components/data-table/keyset-pagination";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { auditColumns, type AuditEntry } from "./audit-columns";
import { AuditEntrySheet } from "./audit-entry-sheet";
import { AuditFilters, isFiltered } from "./audit-filters";
import { auditListInput, useAuditSearchParams } from "./audit-search-params";
import type { UserSource } from "./user-combobox";

/** /admin/audit: every recorded change, newest first, filtered and paged in the URL. */
export function AuditLog({ userSource }: { userSource: UserSource | null }) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("audit.log");
  const [params, setParams] = useAuditSearchParams();
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const [chosenActor, setChosenActor] = useState<string | null>(null);
  const list = api.audit.list.useQuery(auditListInput(params), { placeholderData: keepPreviousData });
  const columns = useMemo(() => auditColumns(t, setOpen), [t]);
  const table = useReactTable({
    data: list.data?.items ?? [],
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
  });
  // After a reload only the id is in the URL: the entries name the actor.
  const actorName = params.actor
    ? (chosenActor ?? list.data?.items.find((entry) => entry.actor?.id === params.actor)?.actor?.fullName ?? null)
    : null;
  const filtered = isFiltered(params);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-4">
        <AuditFilters
          params={params}
          setParams={setParams}
          userSource={userSource}
          actorName={actorName}
          onActorName={setChosenActor}
        />
        {list.error ? (
          <Alert variant="destructive" role="alert">
            <AlertCircle aria-hidden />
            <AlertDescription>
              {t("loadError", { error: describeApiError(list.error) })}
              <Button type="button" variant="outline" size="sm" onClick={() => void setParams(null)}>
                {t("resetFilters")}
              </Button>
            </AlertDescription>
          </Alert>
        ) : (
          <div className="overflow-hidden rounded-lg border">
            <DataTable
              table={table}
              label={t("title")}
              loading={list.isPending}
              refreshing={list.isPlaceholderData}
              empty={
                filtered ? (
                  <EmptyState
                    icon={SearchX}
                    title={t("noMatch")}
                    description={t("noMatchHint")}
                    action={
                      <Button type="button" variant="outline" size="sm" onClick={() => void setParams(null)}>
                        {t("clearFilters")}
                      </Button>
                    }
                  />
                ) : (
                  <EmptyState icon={History} title={t("empty")} description={t("emptyHint")} />
                )
              }
            />
          </div>
        )}
        <KeysetPagination
          noun={t("pageNoun")}
          pluralNoun={t("pageNouns")}
          page={cursorStack.page(params.after)}
          rowsOnPage={list.data?.items.length ?? 0}
          hasNext={Boolean(list.data?.nextCursor)}
          pageSize={params.size}
          disabled={list.isFetching}
          onFirst={() => void setParams({ after: null })}
          onPrevious={() => void setParams({ after: cursorStack.previous(params.after) })}
          onNext={() => {
            const next = list.data?.nextCursor;
            if (next) void setParams({ after: cursorStack.next(params.after, next) });
          }}
          onPageSizeChange={(size) => void setParams({ size, after: null })}
        />
      </div>
      <AuditEntrySheet entry={open} onClose={() => setOpen(null)} />
    </>
  );
}
