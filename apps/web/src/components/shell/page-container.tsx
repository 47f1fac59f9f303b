import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/**
 * The frame of every page in the signed-in app: one width and one left edge, so headings line up
 * from page to page. A page whose content reads better narrow (a form) narrows that content inside
 * it with `narrow`, leaving the heading where every other page has it.
 */
export function PageContainer({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn("mx-auto grid w-full max-w-7xl content-start gap-6", className)}>{children}</div>;
}

/** Content kept to a readable width (forms, settings), aligned with the page heading. */
export function PageSection({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn("grid w-full max-w-3xl gap-6", className)}>{children}</div>;
}
