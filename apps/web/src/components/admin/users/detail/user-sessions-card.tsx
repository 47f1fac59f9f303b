import { Info, MonitorOff, MonitorSmartphone, TerminalSquare } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import type { UserSession } from "./user-detail-types";

/**
 * The user's live sessions, read-only: the API has no procedure for an administrator to end one
 * session; disabling the user or resetting their password ends all of them.
 */
export function UserSessionsCard({ sessions }: { sessions: UserSession[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">Live sessions</CardTitle>
        <CardDescription>
          {sessions.length === 0
            ? "Not signed in anywhere."
            : `${sessions.length} signed-in browser${sessions.length === 1 ? "" : "s"} and API clients, most recently used first.`}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {sessions.length === 0 ? (
          <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
            <MonitorOff className="size-6" aria-hidden />
            No live sessions.
          </div>
        ) : (
          <ul aria-label="Live sessions" className="divide-y rounded-lg border" data-testid="user-sessions">
            {sessions.map((session) => {
              const Icon = session.kind === "api" ? TerminalSquare : MonitorSmartphone;
              return (
                <li key={session.id} className="flex items-start gap-3 p-3 text-sm">
                  <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
                  <div className="grid min-w-0 gap-0.5">
                    <p className="font-medium break-words">
                      {session.device || "Unknown device"}{" "}
                      <span className="font-normal text-muted-foreground">
                        · {session.kind === "api" ? "API" : "Browser"}
                      </span>
                    </p>
                    <p className="text-xs text-muted-foreground">
                      {session.ip ? <span className="font-mono">{session.ip}</span> : "No IP"} · last used{" "}
                      <time dateTime={session.lastUsedAt.toISOString()} title={formatDateTime(session.lastUsedAt)}>
                        {formatRelative(session.lastUsedAt)}
                      </time>
                      , signed in{" "}
                      <time dateTime={session.createdAt.toISOString()}>{formatDateTime(session.createdAt)}</time>
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        <Alert>
          <Info aria-hidden />
          <AlertDescription>
            Sessions cannot be ended one by one here. Disabling the user or resetting their password signs them out
            everywhere.
          </AlertDescription>
        </Alert>
      </CardContent>
    </Card>
  );
}
