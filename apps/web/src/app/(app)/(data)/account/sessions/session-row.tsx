"use client";

import type { RouterOutputs } from "@soporte/api";
import { MonitorSmartphone, TerminalSquare } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { api } from "@/trpc/react";

type Session = RouterOutputs["sessions"]["list"]["items"][number];

export function SessionRow({ session, now }: { session: Session; now: Date }) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("account.sessions.row");
  const locale = useLocale();
  const utils = api.useUtils();
  const revoke = api.sessions.revoke.useMutation({
    onSuccess: () => toast.success(session.device ? t("revoked", { device: session.device }) : t("revokedUnnamed")),
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: () => utils.sessions.list.invalidate(),
  });
  const Icon = session.kind === "api" ? TerminalSquare : MonitorSmartphone;
  const device = session.device || t("unknownDevice");

  return (
    <li
      data-testid="session-row"
      data-current={session.current}
      className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:gap-4"
    >
      <div className="flex min-w-0 flex-1 items-start gap-3">
        <span className="flex size-9 shrink-0 items-center justify-center rounded-full bg-muted text-muted-foreground">
          <Icon className="size-4" aria-hidden />
        </span>
        <div className="grid min-w-0 flex-1 gap-2">
          <p className="flex flex-wrap items-center gap-2 font-medium">
            <span className="break-words" data-testid="session-device">
              {device}
            </span>
            {session.current && <Badge>{t("thisDevice")}</Badge>}
          </p>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
            <Field term={t("kind")}>{t(`kinds.${session.kind}`)}</Field>
            <Field term={t("ip")}>
              <span className="font-mono text-xs break-all">{session.ip || "—"}</span>
            </Field>
            <Field term={t("signedIn")}>
              <time dateTime={session.createdAt.toISOString()} title={formatDateTime(session.createdAt, locale)}>
                {formatRelative(session.createdAt, now, locale)}
              </time>
            </Field>
            <Field term={t("lastUsed")}>
              <time dateTime={session.lastUsedAt.toISOString()} title={formatDateTime(session.lastUsedAt, locale)}>
                {formatRelative(session.lastUsedAt, now, locale)}
              </time>
            </Field>
          </dl>
        </div>
      </div>
      {/* Also rendered (empty) for this device, so the columns line up from row to row. */}
      <div className="flex justify-end empty:hidden sm:min-w-24 sm:empty:flex">
        {!session.current && (
          <ConfirmButton
            className="justify-end"
            aria-label={t("revokeLabel", { device })}
            question={t("question")}
            confirmLabel={t("confirm")}
            pending={revoke.isPending}
            onConfirm={() => revoke.mutate({ id: session.id })}
          >
            {t("revoke")}
          </ConfirmButton>
        )}
      </div>
    </li>
  );
}

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid min-w-0 gap-0.5">
      <dt className="text-xs text-muted-foreground">{term}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}
