import { ArrowRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { changesOf, useAuditValues } from "./audit-values";

/** "field: before → after" for each changed field of an audit entry; the new value alone when there was none. */
export function AuditChanges({ changes, className }: { changes: unknown; className?: string }) {
  const t = useTranslations("audit.log.values");
  const { fieldLabel, showValue } = useAuditValues();
  const entries = changesOf(changes);
  if (entries.length === 0) return null;
  return (
    <dl className={cn("grid gap-1 text-xs", className)} data-testid="audit-changes">
      {entries.map(([field, change]) => (
        <div key={field} className="flex min-w-0 flex-wrap items-baseline gap-x-1.5" data-field={field}>
          <dt className="text-muted-foreground">{fieldLabel(field)}:</dt>
          <dd className="flex min-w-0 flex-wrap items-baseline gap-x-1.5">
            {change.before !== null && change.before !== undefined && (
              <>
                <span className="line-clamp-3 break-words text-muted-foreground line-through decoration-muted-foreground/50">
                  {showValue(change.before)}
                </span>
                <ArrowRight className="size-3 shrink-0 self-center text-muted-foreground" aria-label={t("changedTo")} />
              </>
            )}
            <span className="line-clamp-3 font-medium break-words">{showValue(change.after)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
