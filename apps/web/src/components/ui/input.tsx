import type * as React from "react";
import { cn } from "@/lib/utils";

/** Shared look of single- and multi-line text fields (also used by `Textarea`). */
const fieldClassName = cn(
  "w-full min-w-0 rounded-md border border-input bg-background px-3 text-base shadow-xs transition-[color,border-color,box-shadow] md:text-sm dark:bg-input/10",
  "placeholder:text-muted-foreground selection:bg-primary selection:text-primary-foreground",
  "focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/35 focus-visible:outline-hidden",
  "aria-invalid:border-destructive aria-invalid:ring-destructive/20 aria-invalid:focus-visible:ring-[3px] dark:aria-invalid:ring-destructive/40",
  "disabled:cursor-not-allowed disabled:opacity-50",
);

function Input({ className, type = "text", ...props }: React.ComponentProps<"input">) {
  return (
    <input
      type={type}
      data-slot="input"
      className={cn(
        fieldClassName,
        "h-9 py-1",
        "file:mr-3 file:inline-flex file:h-7 file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-foreground",
        className,
      )}
      {...props}
    />
  );
}

export { Input, fieldClassName };
