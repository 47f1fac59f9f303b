"use client";

import { CheckCircle2, CircleAlert } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { api } from "@/trpc/react";

export function DatabaseHealthCard() {
  const health = api.health.db.useQuery(undefined, { refetchInterval: 30_000 });
  const data = health.data;
  const healthy = data?.reachable && data.pendingMigrations.length === 0;
  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">Database</CardTitle>
        <CardDescription>Reachability and migration state, checked every 30 seconds.</CardDescription>
      </CardHeader>
      <CardContent>
        {!data ? (
          health.error ? (
            <p className="text-sm text-destructive">Could not check the database: {health.error.message}</p>
          ) : (
            <div className="grid gap-3" aria-busy="true" aria-label="Checking the database">
              <Skeleton className="h-5 w-32" />
              <Skeleton className="h-4 w-48" />
              <Skeleton className="h-4 w-40" />
            </div>
          )
        ) : (
          <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-3 text-sm">
            <dt className="text-muted-foreground">Status</dt>
            <dd data-testid="db-status">
              {healthy ? (
                <Badge variant="success">
                  <CheckCircle2 aria-hidden /> Healthy
                </Badge>
              ) : (
                <Badge variant="destructive">
                  <CircleAlert aria-hidden /> {data.reachable ? "Migrations pending" : "Unreachable"}
                </Badge>
              )}
            </dd>
            <dt className="text-muted-foreground">Latency</dt>
            <dd>{data.latencyMs === null ? "—" : `${data.latencyMs} ms`}</dd>
            <dt className="text-muted-foreground">Migrations</dt>
            <dd data-testid="db-migrations">
              {data.pendingMigrations.length === 0 ? (
                "Up to date: every migration of this version is applied."
              ) : (
                <ul className="grid gap-1">
                  {data.pendingMigrations.map((name) => (
                    <li key={name} className="font-mono text-xs break-all">
                      {name} <span className="font-sans text-muted-foreground">(pending)</span>
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
