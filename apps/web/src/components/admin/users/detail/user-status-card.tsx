"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";
import { Switch } from "@/components/ui/switch";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { DisableUserDialog } from "../disable-user-dialog";
import { useDelegation } from "../../use-delegation";
import { useRefreshUser } from "../use-refresh-user";
import type { UserDetailData } from "./user-detail-types";

/** Active and superuser switches. Turning either off, or superuser on, asks first. */
export function UserStatusCard({ user, isSelf }: { user: UserDetailData; isSelf: boolean }) {
  const t = useTranslations("admin.users.detail.status");
  const { describeApiError } = useApiErrors();
  const refresh = useRefreshUser();
  const { userRefusal } = useDelegation();
  const activeRefusal = userRefusal(user, "set-active");
  const superuserRefusal = userRefusal(user, "set-superuser");
  const [confirmDisable, setConfirmDisable] = useState(false);
  const [confirmSuperuser, setConfirmSuperuser] = useState(false);

  const enable = api.users.setActive.useMutation({
    onSuccess: (saved) => toast.success(t("enabled", { name: saved.fullName })),
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: () => refresh(user.id),
  });
  const setSuperuser = api.users.setSuperuser.useMutation({
    onSuccess: (saved) =>
      toast.success(
        saved.isSuperuser
          ? t("nowSuperuser", { name: saved.fullName })
          : t("noLongerSuperuser", { name: saved.fullName }),
      ),
    // "This is the last active administrator…" and other guard rails.
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: async () => {
      setConfirmSuperuser(false);
      await refresh(user.id);
    },
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">{t("title")}</CardTitle>
        <CardDescription>{isSelf ? t("selfDescription") : t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <SwitchRow
          id="user-active"
          label={t("active")}
          description={activeRefusal ?? t("activeDescription")}
          checked={user.active}
          disabled={enable.isPending || activeRefusal !== null}
          onChange={(active) => (active ? enable.mutate({ id: user.id, active: true }) : setConfirmDisable(true))}
        />
        <SwitchRow
          id="user-superuser"
          label={t("superuser")}
          description={superuserRefusal ?? t("superuserDescription")}
          checked={user.isSuperuser}
          disabled={setSuperuser.isPending || superuserRefusal !== null}
          onChange={() => setConfirmSuperuser(true)}
        />
      </CardContent>
      <DisableUserDialog user={confirmDisable ? user : null} onClose={() => setConfirmDisable(false)} />
      <ConfirmDialog
        open={confirmSuperuser}
        onOpenChange={setConfirmSuperuser}
        title={
          user.isSuperuser
            ? t("removeSuperuserTitle", { name: user.fullName })
            : t("makeSuperuserTitle", { name: user.fullName })
        }
        description={user.isSuperuser ? t("removeSuperuserDescription") : t("makeSuperuserDescription")}
        confirmLabel={user.isSuperuser ? t("removeSuperuser") : t("makeSuperuser")}
        variant={user.isSuperuser ? "destructive" : "default"}
        pending={setSuperuser.isPending}
        onConfirm={() => setSuperuser.mutate({ id: user.id, isSuperuser: !user.isSuperuser })}
      />
    </Card>
  );
}

type SwitchRowProps = {
  id: string;
  label: string;
  description: string;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
};

function SwitchRow({ id, label, description, checked, disabled, onChange }: SwitchRowProps) {
  return (
    <div className="flex items-start justify-between gap-4">
      <div className="grid gap-1">
        <Label htmlFor={id}>{label}</Label>
        <p id={`${id}-description`} className="text-sm text-muted-foreground">
          {description}
        </p>
      </div>
      <Switch
        id={id}
        aria-describedby={`${id}-description`}
        checked={checked}
        disabled={disabled}
        onCheckedChange={onChange}
      />
    </div>
  );
}
