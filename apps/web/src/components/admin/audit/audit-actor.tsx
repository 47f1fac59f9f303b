import { useTranslations } from "next-intl";
import { UserAvatar } from "@/components/admin/users/user-avatar";
import type { AuditEntry } from "./audit-columns";

/** Who did it: their avatar and name, or "System" for entries without a signed-in actor. */
export function AuditActor({ actor }: { actor: AuditEntry["actor"] }) {
  const t = useTranslations("audit.log");
  if (!actor) return <span className="text-muted-foreground">{t("system")}</span>;
  return (
    <span className="flex min-w-0 items-center gap-2">
      <UserAvatar
        fullName={actor.fullName}
        color={actor.avatarColor}
        className="size-6 [&_[data-slot=avatar-initials]]:text-[10px]"
      />
      <span className="truncate" data-testid="audit-actor">
        {actor.fullName}
      </span>
    </span>
  );
}
