"use client";

import { AlertCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { isApiError, useApiErrors } from "@/lib/api-errors";
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
 * Deletes a custom role. A role still assigned is refused with CONFLICT; the dialog then says so (the
 * API's message, in the page's language) and offers to remove it from its users and delete it (`force: true`).
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
  const { describeApiError } = useApiErrors();
  const t = useTranslations("admin.roles.delete");
  const utils = api.useUtils();
  const [conflict, setConflict] = useState<string | null>(null);
  const remove = api.roles.delete.useMutation({
    onSuccess: ({ removedFromUsers }) => {
      toast.success(
        removedFromUsers > 0
          ? t("removedAndDeleted", { name: role.name, count: removedFromUsers })
          : t("deleted", { name: role.name }),
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
      title={t("title", { name: role.name })}
      description={t("description")}
      confirmLabel={conflict ? t("confirmForce", { count: members }) : t("confirm")}
      pending={remove.isPending}
      onConfirm={() => remove.mutate({ id: role.id, force: conflict !== null })}
    >
      {conflict && (
        <Alert variant="warning" role="alert">
          <AlertCircle aria-hidden />
          <AlertDescription>{t("conflict", { name: role.name, count: members })}</AlertDescription>
        </Alert>
      )}
    </ConfirmDialog>
  );
}
