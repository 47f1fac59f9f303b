import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/utils";

/** One number of the dashboard, linking to the tickets it counts when there is such a list. */
export function StatCard({
  label,
  value,
  hint,
  icon: Icon,
  href,
  tone = "default",
  testId,
}: {
  label: string;
  value: string;
  hint: string;
  icon: LucideIcon;
  href?: string;
  tone?: "default" | "destructive" | "warning";
  testId: string;
}) {
  const body = (
    <>
      <div className="flex items-center justify-between gap-2 text-sm text-muted-foreground">
        <span>{label}</span>
        <Icon
          aria-hidden
          className={cn("size-4", tone === "destructive" && "text-destructive", tone === "warning" && "text-warning")}
        />
      </div>
      <div
        className={cn(
          "text-2xl font-semibold tabular-nums",
          tone === "destructive" && "text-destructive",
          tone === "warning" && "text-warning",
        )}
        data-testid="stat-value"
      >
        {value}
      </div>
      <p className="text-xs text-muted-foreground">{hint}</p>
    </>
  );
  return (
    <Card className="gap-1.5 px-5 py-4" data-testid={testId}>
      {href ? (
        <Link
          href={href}
          className="grid gap-1.5 rounded-sm hover:[&>div:nth-child(2)]:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
        >
          {body}
        </Link>
      ) : (
        <div className="grid gap-1.5">{body}</div>
      )}
    </Card>
  );
}
