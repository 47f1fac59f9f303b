import { UserAvatar } from "@/components/admin/users/user-avatar";
import { cn } from "@/lib/utils";
import type { Person } from "./ticket-types";

/** Avatar and name of a requester or assignee; `empty` when there is nobody (e.g. "Unassigned"). */
export function PersonLabel({
  person,
  empty = "—",
  className,
}: {
  person: Person | null;
  empty?: string;
  className?: string;
}) {
  if (!person) return <span className={cn("text-muted-foreground", className)}>{empty}</span>;
  return (
    <span className={cn("flex min-w-0 items-center gap-2", className)}>
      <UserAvatar fullName={person.fullName} color={person.avatarColor} className="size-6 [&_span]:text-[10px]" />
      <span className="truncate">{person.fullName}</span>
    </span>
  );
}
