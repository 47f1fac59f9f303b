"use client";

import { CheckCircle2, CircleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";

export function DatabaseHealthCard() {
  const t = useTranslations("audit.system.database");
  const { describeApiError } = useApiErrors();
  const health = api.health.db.useQuery(undefined, { refetchInterval: 30_000 });
  const data = health.data;
  const healthy = data?.reachable && data.pendingMigrations.length === 0;
  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {!data ? (
          health.error ? (
            <p className="text-sm text-destructive">{t("error", { error: describeApiError(health.error) })}</p>
          ) : (
            <div className="grid gap-3" aria-busy="true" aria-label={t("checking")}>
              <Skeleton className="h-5 w-32" />
              <Skeleton className="h-4 w-48" />
              <Skeleton className="h-4 w-40" />
            </div>
          )
        ) : (
          <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-3 text-sm">
            <dt className="text-muted-foreground">{t("status")}</dt>
            <dd data-testid="db-status">
              {healthy ? (
                <Badge variant="success">
                  <CheckCircle2 aria-hidden /> {t("healthy")}
                </Badge>
              ) : (
                <Badge variant="destructive">
                  <CircleAlert aria-hidden /> {data.reachable ? t("migrationsPending") : t("unreachable")}
                </Badge>
              )}
            </dd>
            <dt className="text-muted-foreground">{t("latency")}</dt>
            <dd>{data.latencyMs === null ? "—" : t("latencyValue", { ms: data.latencyMs })}</dd>
            <dt className="text-muted-foreground">{t("migrations")}</dt>
            <dd data-testid="db-migrations">
              {data.pendingMigrations.length === 0 ? (
                t("upToDate")
              ) : (
                <ul className="grid gap-1">
                  {data.pendingMigrations.map((name) => (
                    <li key={name} className="font-mono text-xs break-all">
                      {name} <span className="font-sans text-muted-foreground">{t("pending")}</span>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </dl>
        )}
      </CardContent>
    </Card>
  );
}
