import { initials } from "@/components/shell/user-menu";
import { Avatar, AvatarFallback } from "@/components/ui/avatar";
import { cn } from "@/lib/utils";

/** Initials on the user's colour (presets keep white text readable). */
export function UserAvatar({ fullName, color, className }: { fullName: string; color: string; className?: string }) {
  return (
    <Avatar className={cn("size-8", className)} aria-hidden>
      <AvatarFallback style={{ backgroundColor: color }} className="text-xs font-semibold text-white">
        {initials(fullName)}
      </AvatarFallback>
    </Avatar>
  );
}
