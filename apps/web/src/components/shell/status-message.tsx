import { ArrowLeft, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

/** A page that is not there, or not for this user: what happened and the way back. */
export function StatusMessage({
  code,
  icon: Icon,
  title,
  description,
}: {
  code: number;
  icon: LucideIcon;
  title: string;
  description: string;
}) {
  return (
    <section
      aria-labelledby="status-title"
      className="flex flex-col items-center gap-4 rounded-xl border border-dashed bg-card px-6 py-14 text-center"
      data-testid={`status-${code}`}
    >
      <span className="flex size-14 items-center justify-center rounded-full bg-primary/10 text-primary">
        <Icon className="size-7" aria-hidden />
      </span>
      <p className="font-mono text-sm font-medium text-muted-foreground">Error {code}</p>
      <h1 id="status-title" className="text-2xl font-semibold tracking-tight">
        {title}
      </h1>
      <p className="max-w-md text-sm text-muted-foreground">{description}</p>
      <Button asChild className="mt-2">
        <Link href="/dashboard">
          <ArrowLeft aria-hidden />
          Back to the dashboard
        </Link>
      </Button>
    </section>
  );
}

export const NOT_FOUND_TEXT = {
  code: 404,
  title: "Page not found",
  description: "There is nothing at this address. The link may be old, or the page may have moved or been deleted.",
} as const;

export const FORBIDDEN_TEXT = {
  code: 403,
  title: "You don't have access to this page",
  description: "Your roles do not include the permission this page needs. If you should have it, ask an administrator.",
} as const;
