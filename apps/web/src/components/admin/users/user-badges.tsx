import { Badge } from "@/components/ui/badge";

/** Active / disabled, and superuser when it applies. */
export function UserStatusBadges({ active, isSuperuser }: { active: boolean; isSuperuser: boolean }) {
  return (
    <span className="flex flex-wrap gap-1">
      {active ? <Badge variant="success">Active</Badge> : <Badge variant="outline">Disabled</Badge>}
      {isSuperuser && <Badge>Superuser</Badge>}
    </span>
  );
}

export function RoleBadges({ roles }: { roles: { id: string; name: string }[] }) {
  if (roles.length === 0) return <span className="text-muted-foreground">None</span>;
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
