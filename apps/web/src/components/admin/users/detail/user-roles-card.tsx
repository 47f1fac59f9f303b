"use client";

import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { useUnsavedChanges } from "@/lib/use-unsaved-changes";
import { api } from "@/trpc/react";
import { sameIds } from "@/lib/utils";
import { RoleCheckboxes } from "../role-checkboxes";
import { useDelegation } from "../../use-delegation";
import { useRefreshUser } from "../use-refresh-user";
import type { UserDetailData } from "./user-detail-types";

/** The user's roles as checkboxes, saved together with `users.setRoles`. */
export function UserRolesCard({ user }: { user: UserDetailData }) {
  const saved = user.roles.map((role) => role.id);
  // Starts again from the saved roles whenever they change (after a save, or a change elsewhere).
  return <RolesForm key={[...saved].sort().join()} user={user} saved={saved} />;
}

function RolesForm({ user, saved }: { user: UserDetailData; saved: string[] }) {
  const t = useTranslations("admin.users.detail.roles");
  const { describeApiError } = useApiErrors();
  const refresh = useRefreshUser();
  const { userRefusal } = useDelegation();
  const [roleIds, setRoleIds] = useState(saved);
  const setRoles = api.users.setRoles.useMutation({
    onSuccess: (result) => toast.success(t("saved", { name: result.fullName })),
    // Removing the admin role from the last administrator, or from yourself, is refused.
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: () => refresh(user.id),
  });
  const changed = !sameIds(roleIds, saved);
  useUnsavedChanges(changed);

  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description", { name: user.fullName })}</CardDescription>
      </CardHeader>
      <form
        aria-label={t("label")}
        className="grid gap-6"
        onSubmit={(event) => {
          event.preventDefault();
          setRoles.mutate({ id: user.id, roleIds });
        }}
      >
        <CardContent>
          <RoleCheckboxes
            value={roleIds}
            onChange={setRoleIds}
            disabled={setRoles.isPending}
            legend={t("legend")}
            lockedReason={userRefusal(user, "set-roles")}
          />
        </CardContent>
        <CardFooter className="justify-end gap-2 border-t">
          <Button
            type="button"
            variant="ghost"
            disabled={!changed || setRoles.isPending}
            onClick={() => setRoleIds(saved)}
          >
            {t("discard")}
          </Button>
          <Button type="submit" disabled={!changed || setRoles.isPending}>
            {setRoles.isPending && <Loader2 className="animate-spin" aria-hidden />}
            {t("save")}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
