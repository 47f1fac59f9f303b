"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/sonner";
import { describeApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { useRefreshUser } from "./use-refresh-user";
import type { UserTarget } from "./user-target";

type DeleteUserDialogProps = {
  user: UserTarget | null;
  onClose: () => void;
  /** After a successful delete (e.g. leave the user's page). */
  onDeleted?: () => void;
};

/** Deletes the user, or anonymises them when history refers to them; the toast says which happened. */
export function DeleteUserDialog({ user, onClose, onDeleted }: DeleteUserDialogProps) {
  const refresh = useRefreshUser();
  const remove = api.users.delete.useMutation({
    onSuccess: ({ anonymised }) => {
      const name = user?.fullName ?? "The user";
      if (anonymised) {
        toast.success(`${name} was anonymised.`, {
          description:
            "They appear in tickets, messages or the audit log, so the account was kept as “Deleted user” with every personal detail removed.",
        });
      } else {
        toast.success(`${name} was deleted.`);
      }
      onDeleted?.();
    },
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: async (data, _error, input) => {
      onClose();
      await refresh(input.id, { deleted: data !== undefined });
    },
  });
  return (
    <ConfirmDialog
      open={user !== null}
      onOpenChange={(open) => !open && onClose()}
      title={`Delete ${user?.fullName ?? "this user"}?`}
      description="This cannot be undone. A user who appears in tickets, messages or the audit log is anonymised instead: name, email, roles and sessions are removed, the history stays readable."
      confirmLabel="Delete user"
      pending={remove.isPending}
      onConfirm={() => user && remove.mutate({ id: user.id })}
    />
  );
}
