"use client";

import { AlertCircle, MonitorOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { SessionRow } from "./session-row";

/** Re-renders every half minute so "last used 2 minutes ago" stays true while the page is open. */
function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function SessionsList() {
  const t = useTranslations("account.sessions.list");
  const { describeApiError } = useApiErrors();
  const sessions = api.sessions.list.useQuery();
  const now = useNow();
  const items = sessions.data ? [...sessions.data.items].sort((a, b) => Number(b.current) - Number(a.current)) : [];

  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">{t("title")}</CardTitle>
        <CardDescription>{sessions.data ? t("summary", { count: items.length }) : t("loading")}</CardDescription>
      </CardHeader>
      <CardContent>
        {sessions.error ? (
          <Alert variant="destructive" role="alert">
            <AlertCircle aria-hidden />
            <AlertDescription>{t("loadFailed", { error: describeApiError(sessions.error) })}</AlertDescription>
          </Alert>
        ) : !sessions.data ? (
          <div
            aria-busy="true"
            aria-label={t("loadingLabel")}
            className="-mx-6 divide-y border-y sm:mx-0 sm:rounded-lg sm:border"
          >
            {[0, 1, 2].map((i) => (
              <div key={i} className="flex items-center gap-3 p-4">
                <Skeleton className="size-9 rounded-full" />
                <div className="grid flex-1 gap-2">
                  <Skeleton className="h-4 w-40" />
                  <Skeleton className="h-4 w-full max-w-md" />
                </div>
              </div>
            ))}
          </div>
        ) : items.length === 0 ? (
          <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed p-8 text-center">
            <MonitorOff className="size-8 text-muted-foreground" aria-hidden />
            <p className="font-medium">{t("empty")}</p>
            <p className="text-sm text-muted-foreground">{t("emptyHint")}</p>
          </div>
        ) : (
          <ul aria-label={t("title")} className="-mx-6 divide-y border-y sm:mx-0 sm:rounded-lg sm:border">
            {items.map((session) => (
              <SessionRow key={session.id} session={session} now={now} />
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
