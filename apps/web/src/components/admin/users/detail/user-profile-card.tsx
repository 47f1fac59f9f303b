import { Pencil } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { isLocale, LOCALE_NAMES } from "@/i18n/locales";
import { formatDateTime } from "@/lib/format-time";
import { DetailItem } from "./detail-item";
import type { UserDetailData } from "./user-detail-types";

function When({ at }: { at: Date | null }) {
  const t = useTranslations("admin.users.detail.profile");
  const locale = useLocale();
  return at ? (
    <time dateTime={at.toISOString()}>{formatDateTime(at, locale)}</time>
  ) : (
    <span className="text-muted-foreground">{t("never")}</span>
  );
}

export function UserProfileCard({ user, onEdit }: { user: UserDetailData; onEdit: () => void }) {
  const t = useTranslations("admin.users.detail.profile");
  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
        <CardAction>
          <Button type="button" variant="outline" size="sm" onClick={onEdit}>
            <Pencil aria-hidden />
            {t("edit")}
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-4 sm:grid-cols-2" data-testid="user-profile">
          <DetailItem term={t("fullName")}>{user.fullName}</DetailItem>
          <DetailItem term={t("email")}>
            <span className="break-all">{user.email}</span>
          </DetailItem>
          <DetailItem term={t("username")}>
            <span className="font-mono">{user.username}</span>
          </DetailItem>
          <DetailItem term={t("phone")}>{user.phone || <span className="text-muted-foreground">—</span>}</DetailItem>
          <DetailItem term={t("language")}>
            {isLocale(user.locale) ? LOCALE_NAMES[user.locale] : user.locale}
          </DetailItem>
          <DetailItem term={t("lastSignIn")}>
            <When at={user.lastLoginAt} />
          </DetailItem>
          <DetailItem term={t("created")}>
            <When at={user.createdAt} />
          </DetailItem>
          <DetailItem term={t("updated")}>
            <When at={user.updatedAt} />
          </DetailItem>
          <DetailItem term={t("bio")} className="sm:col-span-2">
            {user.bio ? (
              <span className="font-normal whitespace-pre-line">{user.bio}</span>
            ) : (
              <span className="text-muted-foreground">—</span>
            )}
          </DetailItem>
        </dl>
      </CardContent>
    </Card>
  );
}
