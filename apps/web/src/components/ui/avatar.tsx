import type * as React from "react";
import { cn } from "@/lib/utils";

// Soporte's avatars are initials on a colour, never pictures: plain elements, no image-loading state.

function Avatar({ className, ...props }: React.ComponentProps<"span">) {
  return (
    <span
      data-slot="avatar"
      className={cn("relative flex size-8 shrink-0 overflow-hidden rounded-full", className)}
      {...props}
    />
  );
}

/** The avatar's initials, on its colour. */
function AvatarInitials({ className, ...props }: React.ComponentProps<"span">) {
  return (
    <span
      data-slot="avatar-initials"
      className={cn(
        "flex size-full items-center justify-center rounded-full bg-muted text-sm text-muted-foreground",
        className,
      )}
      {...props}
    />
  );
}

export { Avatar, AvatarInitials };
