import { initials } from "@/components/shell/user-menu";
import { Avatar, AvatarInitials } from "@/components/ui/avatar";
import { readableOn } from "@/lib/colors";
import { cn } from "@/lib/utils";

/** Initials on the user's colour, in white or near-black, whichever is readable on it. */
export function UserAvatar({ fullName, color, className }: { fullName: string; color: string; className?: string }) {
  return (
    <Avatar className={cn("size-8", className)} aria-hidden>
      <AvatarInitials style={{ backgroundColor: color, color: readableOn(color) }} className="text-xs font-semibold">
        {initials(fullName)}
      </AvatarInitials>
    </Avatar>
  );
}
