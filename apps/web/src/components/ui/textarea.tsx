import type * as React from "react";
import { cn } from "@/lib/utils";
import { fieldClassName } from "./input";

/** Multi-line text field; grows with its content (`field-sizing: content`) from a 4-line minimum. */
function Textarea({ className, ...props }: React.ComponentProps<"textarea">) {
  return (
    <textarea
      data-slot="textarea"
      className={cn(fieldClassName, "field-sizing-content flex min-h-20 py-2", className)}
      {...props}
    />
  );
}

export { Textarea };
