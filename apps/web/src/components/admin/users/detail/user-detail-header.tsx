import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { RoleBadges, UserStatusBadges } from "../user-badges";
import { UserAvatar } from "../user-avatar";
import type { UserDetailData } from "./user-detail-types";

export function UserDetailHeader({ user }: { user: UserDetailData }) {
  const t = useTranslations("admin.users.detail");
  return (
    <div className="grid gap-4">
      <Link
        href="/admin/users"
        className="flex w-fit items-center gap-1.5 rounded-sm text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
      >
        <ArrowLeft className="size-4" aria-hidden />
        {t("back")}
      </Link>
      <div className="flex min-w-0 items-center gap-4">
        <UserAvatar fullName={user.fullName} color={user.avatarColor} className="size-14 [&_span]:text-lg" />
        <div className="grid min-w-0 gap-1.5">
          <h1 className="text-2xl font-semibold tracking-tight break-words">{user.fullName}</h1>
          <p className="text-sm break-all text-muted-foreground">{user.email}</p>
          <div className="flex flex-wrap gap-1" data-testid="user-detail-badges">
            <UserStatusBadges active={user.active} isSuperuser={user.isSuperuser} />
            <RoleBadges roles={user.roles} />
          </div>
        </div>
      </div>
    </div>
  );
}
