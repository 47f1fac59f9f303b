import type { RouterOutputs } from "@soporte/api";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/format-time";

type Profile = RouterOutputs["me"]["get"];

/** What the user cannot change themselves: identity, roles and organization are set by administrators. */
export function AccountDetails({ profile }: { profile: Profile }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">Account</CardTitle>
        <CardDescription>Set by your administrators.</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-4 text-sm" data-testid="account-details">
          <Detail term="Email">
            <span className="break-all">{profile.email}</span>
          </Detail>
          <Detail term="Username">{profile.username}</Detail>
          <Detail term="Roles">
            <span className="flex flex-wrap gap-1">
              {profile.isSuperuser && <Badge>superuser</Badge>}
              {profile.roles.map((role) => (
                <Badge key={role} variant="secondary">
                  {role}
                </Badge>
              ))}
              {!profile.isSuperuser && profile.roles.length === 0 && "None"}
            </span>
          </Detail>
          <Detail term="Organization">{profile.organization?.name ?? "None"}</Detail>
          <Detail term="Member since">
            <time dateTime={profile.createdAt.toISOString()}>{formatDate(profile.createdAt)}</time>
          </Detail>
        </dl>
      </CardContent>
    </Card>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1">
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}
