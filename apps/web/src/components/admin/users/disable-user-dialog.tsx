"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/sonner";
import { describeApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { useRefreshUser } from "./use-refresh-user";
import type { UserTarget } from "./user-target";

/** Asks before disabling: the user is signed out everywhere at once. */
export function DisableUserDialog({ user, onClose }: { user: UserTarget | null; onClose: () => void }) {
  const refresh = useRefreshUser();
  const setActive = api.users.setActive.useMutation({
    onSuccess: (saved) => toast.success(`${saved.fullName} was disabled and signed out everywhere.`),
    // Guard rails (the last administrator, yourself) answer PRECONDITION_FAILED with a sentence to show.
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: async (_data, _error, input) => {
      onClose();
      await refresh(input.id);
    },
  });
  return (
    <ConfirmDialog
      open={user !== null}
      onOpenChange={(open) => !open && onClose()}
      title={`Disable ${user?.fullName ?? "this user"}?`}
      description="They are signed out of every browser and API session at once and cannot sign in until an administrator enables them again. Their tickets and messages stay."
      confirmLabel="Disable user"
      pending={setActive.isPending}
      onConfirm={() => user && setActive.mutate({ id: user.id, active: false })}
    />
  );
}
