import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/** One term / value pair of a details list (`<dl>`). */
export function DetailItem({ term, children, className }: { term: string; children: ReactNode; className?: string }) {
  return (
    <div className={cn("grid min-w-0 gap-1", className)}>
      <dt className="text-sm text-muted-foreground">{term}</dt>
      <dd className="text-sm font-medium break-words">{children}</dd>
    </div>
  );
}
