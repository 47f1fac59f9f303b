"use client";

import { Info, MonitorOff, MonitorSmartphone, TerminalSquare } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { api } from "@/trpc/react";
import { useRefreshUser } from "../use-refresh-user";
import type { UserSession } from "./user-detail-types";

type Props = {
  userId: string;
  sessions: UserSession[];
  /** Whether the viewer may end these sessions (a superuser's only another superuser may). */
  canEnd: boolean;
};

/** The user's live sessions; each one can be ended on its own (the viewer's own current one excepted). */
export function UserSessionsCard({ userId, sessions, canEnd }: Props) {
  const t = useTranslations("admin.users.detail.sessions");
  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">{t("title")}</CardTitle>
        <CardDescription>{sessions.length === 0 ? t("none") : t("count", { count: sessions.length })}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {sessions.length === 0 ? (
          <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
            <MonitorOff className="size-6" aria-hidden />
            {t("empty")}
          </div>
        ) : (
          <ul aria-label={t("label")} className="divide-y rounded-lg border" data-testid="user-sessions">
            {sessions.map((session) => (
              <SessionItem key={session.id} userId={userId} session={session} canEnd={canEnd && !session.current} />
            ))}
          </ul>
        )}
        <Alert>
          <Info aria-hidden />
          <AlertDescription>{t("signOutNote")}</AlertDescription>
        </Alert>
      </CardContent>
    </Card>
  );
}

function SessionItem({ userId, session, canEnd }: { userId: string; session: UserSession; canEnd: boolean }) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("admin.users.detail.sessions");
  const locale = useLocale();
  const refresh = useRefreshUser();
  const device = session.device || t("unknownDevice");
  const end = api.sessions.revoke.useMutation({
    onSuccess: () => toast.success(t("ended", { device })),
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: () => refresh(userId),
  });
  const Icon = session.kind === "api" ? TerminalSquare : MonitorSmartphone;

  return (
    <li className="grid gap-2 p-3 text-sm">
      <div className="flex items-start gap-3">
        <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
        <div className="grid min-w-0 gap-0.5">
          <p className="flex flex-wrap items-center gap-x-2 font-medium break-words">
            <span>
              {device}{" "}
              <span className="font-normal text-muted-foreground">
                · {session.kind === "api" ? t("api") : t("browser")}
              </span>
            </span>
            {session.current && <Badge>{t("yours")}</Badge>}
          </p>
          <p className="text-xs text-muted-foreground">
            {t.rich("meta", {
              ip: session.ip ?? t("noIp"),
              lastUsed: formatRelative(session.lastUsedAt, new Date(), locale),
              signedIn: formatDateTime(session.createdAt, locale),
              mono: (chunks) => (session.ip ? <span className="font-mono">{chunks}</span> : chunks),
              lastUsedAt: (chunks) => (
                <time dateTime={session.lastUsedAt.toISOString()} title={formatDateTime(session.lastUsedAt, locale)}>
                  {chunks}
                </time>
              ),
              signedInAt: (chunks) => <time dateTime={session.createdAt.toISOString()}>{chunks}</time>,
            })}
          </p>
        </div>
      </div>
      {canEnd && (
        <ConfirmButton
          className="ml-7 justify-self-start"
          aria-label={t("endLabel", { device })}
          question={t("endQuestion")}
          confirmLabel={t("endConfirm")}
          pending={end.isPending}
          onConfirm={() => end.mutate({ id: session.id })}
        >
          {t("end")}
        </ConfirmButton>
      )}
    </li>
  );
}
