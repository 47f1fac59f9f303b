"use client";

import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
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
  const { describeApiError } = useApiErrors();
  const t = useTranslations("admin.users.delete");
  const refresh = useRefreshUser();
  const remove = api.users.delete.useMutation({
    onSuccess: ({ anonymised }) => {
      const name = user?.fullName;
      if (anonymised) {
        toast.success(name ? t("anonymised", { name }) : t("anonymisedUnnamed"), {
          description: t("anonymisedDescription"),
        });
      } else {
        toast.success(name ? t("deleted", { name }) : t("deletedUnnamed"));
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
      title={user ? t("title", { name: user.fullName }) : t("titleUnnamed")}
      description={t("description")}
      confirmLabel={t("confirm")}
      pending={remove.isPending}
      onConfirm={() => user && remove.mutate({ id: user.id })}
    />
  );
}
