import { History } from "lucide-react";
import { actionLabel } from "@/components/audit/audit-actions";
import { AuditChanges } from "@/components/audit/audit-changes";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import type { ActivityEntry } from "./user-detail-types";

/** The last audit entries about this user, or done by them. */
export function UserActivityCard({ userId, entries }: { userId: string; entries: ActivityEntry[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">Recent activity</CardTitle>
        <CardDescription>The last changes to this account, and what they did, from the audit log.</CardDescription>
      </CardHeader>
      <CardContent>
        {entries.length === 0 ? (
          <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
            <History className="size-6" aria-hidden />
            Nothing recorded yet.
          </div>
        ) : (
          <ol
            aria-label="Recent activity"
            className="grid gap-0 divide-y rounded-lg border"
            data-testid="user-activity"
          >
            {entries.map((entry) => {
              const aboutOther = entry.entityType !== "user" || entry.entityId !== userId;
              return (
                <li key={entry.id} className="grid gap-2 p-3 text-sm">
                  <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                    <p className="flex flex-wrap items-center gap-2 font-medium">
                      {actionLabel(entry.action)}
                      <Badge variant="outline" className="font-mono font-normal">
                        {entry.action}
                      </Badge>
                    </p>
                    <time
                      dateTime={entry.createdAt.toISOString()}
                      title={formatDateTime(entry.createdAt)}
                      className="text-xs text-muted-foreground"
                    >
                      {formatRelative(entry.createdAt)}
                    </time>
                  </div>
                  <p className="text-xs text-muted-foreground">
                    by {entry.actor?.id === userId ? "this user" : (entry.actor?.fullName ?? "the system")}
                    {aboutOther && ` · on ${entry.entityType} ${entry.entityId.slice(0, 8)}`}
                    {entry.ip && ` · from ${entry.ip}`}
                  </p>
                  <AuditChanges changes={entry.changes} />
                </li>
              );
            })}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
