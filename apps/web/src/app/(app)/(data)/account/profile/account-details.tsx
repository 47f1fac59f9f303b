import type { RouterOutputs } from "@soporte/api";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/format-time";

type Profile = RouterOutputs["me"]["get"];

/** What the user cannot change themselves: identity, roles and organization are set by administrators. */
export function AccountDetails({ profile }: { profile: Profile }) {
  const t = useTranslations("account.profile.details");
  const locale = useLocale();
  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-4 text-sm" data-testid="account-details">
          <Detail term={t("email")}>
            <span className="break-all">{profile.email}</span>
          </Detail>
          <Detail term={t("username")}>{profile.username}</Detail>
          <Detail term={t("roles")}>
            <span className="flex flex-wrap gap-1">
              {profile.isSuperuser && <Badge>{t("superuser")}</Badge>}
              {profile.roles.map((role) => (
                <Badge key={role} variant="secondary">
                  {role}
                </Badge>
              ))}
              {!profile.isSuperuser && profile.roles.length === 0 && t("none")}
            </span>
          </Detail>
          <Detail term={t("organization")}>{profile.organization?.name ?? t("none")}</Detail>
          <Detail term={t("memberSince")}>
            <time dateTime={profile.createdAt.toISOString()}>{formatDate(profile.createdAt, locale)}</time>
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
