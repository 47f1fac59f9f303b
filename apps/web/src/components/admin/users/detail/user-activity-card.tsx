import { History } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { Messages } from "../../../../../messages/en";
import { ENTITY_TYPES, useActionLabel } from "@/components/audit/audit-actions";
import { AuditChanges } from "@/components/audit/audit-changes";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import type { ActivityEntry } from "./user-detail-types";

type EntityKey = keyof Messages["admin"]["users"]["detail"]["activity"]["entity"];

/** The audit log's entity types, each named by the catalogue ("on ticket 1a2b3c4d"). */
const ENTITIES = new Set<string>(ENTITY_TYPES satisfies readonly EntityKey[]);

const isEntityKey = (type: string): type is EntityKey => ENTITIES.has(type);

/** The last audit entries about this user, or done by them. */
export function UserActivityCard({ userId, entries }: { userId: string; entries: ActivityEntry[] }) {
  const t = useTranslations("admin.users.detail.activity");
  const locale = useLocale();
  const actionLabel = useActionLabel();
  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {entries.length === 0 ? (
          <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
            <History className="size-6" aria-hidden />
            {t("empty")}
          </div>
        ) : (
          <ol aria-label={t("label")} className="grid gap-0 divide-y rounded-lg border" data-testid="user-activity">
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
                      title={formatDateTime(entry.createdAt, locale)}
                      className="text-xs text-muted-foreground"
                    >
                      {formatRelative(entry.createdAt, new Date(), locale)}
                    </time>
                  </div>
                  <p className="text-xs text-muted-foreground">
                    {entry.actor?.id === userId
                      ? t("byThisUser")
                      : entry.actor
                        ? t("byName", { name: entry.actor.fullName })
                        : t("bySystem")}
                    {aboutOther &&
                      t("on", {
                        entity: isEntityKey(entry.entityType) ? t(`entity.${entry.entityType}`) : entry.entityType,
                        id: entry.entityId.slice(0, 8),
                      })}
                    {entry.ip && t("from", { ip: entry.ip })}
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
