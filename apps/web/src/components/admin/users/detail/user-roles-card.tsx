"use client";

import { Loader2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { toast } from "@/components/ui/sonner";
import { describeApiError } from "@/lib/api-errors";
import { useUnsavedChanges } from "@/lib/use-unsaved-changes";
import { api } from "@/trpc/react";
import { RoleCheckboxes } from "../role-checkboxes";
import { useDelegation } from "../../use-delegation";
import { useRefreshUser } from "../use-refresh-user";
import { sameIds } from "../user-form-schema";
import type { UserDetailData } from "./user-detail-types";

/** The user's roles as checkboxes, saved together with `users.setRoles`. */
export function UserRolesCard({ user }: { user: UserDetailData }) {
  const saved = user.roles.map((role) => role.id);
  // Starts again from the saved roles whenever they change (after a save, or a change elsewhere).
  return <RolesForm key={[...saved].sort().join()} user={user} saved={saved} />;
}

function RolesForm({ user, saved }: { user: UserDetailData; saved: string[] }) {
  const refresh = useRefreshUser();
  const { userRefusal } = useDelegation();
  const [roleIds, setRoleIds] = useState(saved);
  const setRoles = api.users.setRoles.useMutation({
    onSuccess: (result) => toast.success(`Roles of ${result.fullName} saved. They apply from their next request.`),
    // Removing the admin role from the last administrator, or from yourself, is refused.
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: () => refresh(user.id),
  });
  const changed = !sameIds(roleIds, saved);
  useUnsavedChanges(changed);

  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">Roles</CardTitle>
        <CardDescription>What {user.fullName} may do: the union of their roles&apos; permissions.</CardDescription>
      </CardHeader>
      <form
        aria-label="Roles"
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
            legend="Assigned roles"
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
            Discard changes
          </Button>
          <Button type="submit" disabled={!changed || setRoles.isPending}>
            {setRoles.isPending && <Loader2 className="animate-spin" aria-hidden />}
            Save roles
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
