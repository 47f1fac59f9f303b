import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** Active / disabled, and superuser when it applies. */
export function UserStatusBadges({ active, isSuperuser }: { active: boolean; isSuperuser: boolean }) {
  const t = useTranslations("admin.users.badges");
  return (
    <span className="flex flex-wrap gap-1">
      {active ? <Badge variant="success">{t("active")}</Badge> : <Badge variant="outline">{t("disabled")}</Badge>}
      {isSuperuser && <Badge>{t("superuser")}</Badge>}
    </span>
  );
}

export function RoleBadges({ roles }: { roles: { id: string; name: string }[] }) {
  const t = useTranslations("admin.users.badges");
  if (roles.length === 0) return <span className="text-muted-foreground">{t("noRoles")}</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {roles.map((role) => (
        <Badge key={role.id} variant="secondary">
          {role.name}
        </Badge>
      ))}
    </span>
  );
}
