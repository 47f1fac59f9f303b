import type * as React from "react";
import { cn } from "@/lib/utils";

/**
 * Loading placeholder block. It is hidden from assistive tech; mark the region being loaded with
 * `aria-busy` and/or provide a visually hidden "Loading…" text.
 */
function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden="true"
      className={cn("animate-pulse rounded-md bg-muted motion-reduce:animate-none", className)}
      {...props}
    />
  );
}

export { Skeleton };
