"use client";

import { AlertCircle } from "lucide-react";
import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/sonner";
import { describeApiError, isApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";

type RoleTarget = { id: string; name: string; memberCount: number };

type DeleteRoleDialogProps = {
  role: RoleTarget | null;
  onClose: () => void;
  onDeleted?: () => void;
};

/** "assigned to 3 users" in the API's CONFLICT message; the count we had otherwise. */
function membersIn(message: string, fallback: number): number {
  const match = /assigned to (\d+) user/.exec(message);
  return match ? Number(match[1]) : fallback;
}

/**
 * Deletes a custom role. A role still assigned is refused with CONFLICT; the dialog then shows the
 * API's message and offers to remove it from its users and delete it (`force: true`).
 */
export function DeleteRoleDialog({ role, onClose, onDeleted }: DeleteRoleDialogProps) {
  return role ? <DeleteRoleConfirm key={role.id} role={role} onClose={onClose} onDeleted={onDeleted} /> : null;
}

function DeleteRoleConfirm({
  role,
  onClose,
  onDeleted,
}: {
  role: RoleTarget;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const utils = api.useUtils();
  const [conflict, setConflict] = useState<string | null>(null);
  const remove = api.roles.delete.useMutation({
    onSuccess: ({ removedFromUsers }) => {
      toast.success(
        removedFromUsers > 0
          ? `The role “${role.name}” was removed from ${removedFromUsers} user${removedFromUsers === 1 ? "" : "s"} and deleted.`
          : `The role “${role.name}” was deleted.`,
      );
      onClose();
      onDeleted?.();
      void Promise.all([utils.roles.list.invalidate(), utils.users.invalidate()]);
    },
    onError: (error) => {
      if (isApiError(error) && error.data?.code === "CONFLICT") {
        setConflict(error.message);
        return;
      }
      toast.error(describeApiError(error));
      onClose();
    },
  });
  const members = conflict ? membersIn(conflict, role.memberCount) : 0;

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Delete the role “${role.name}”?`}
      description="Its users lose its permissions from their next request. This cannot be undone."
      confirmLabel={conflict ? `Remove from ${members} user${members === 1 ? "" : "s"} and delete` : "Delete role"}
      pending={remove.isPending}
      onConfirm={() => remove.mutate({ id: role.id, force: conflict !== null })}
    >
      {conflict && (
        <Alert variant="warning" role="alert">
          <AlertCircle aria-hidden />
          <AlertDescription>{conflict}</AlertDescription>
        </Alert>
      )}
    </ConfirmDialog>
  );
}
