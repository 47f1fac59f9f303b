"use client";

import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { useRefreshUser } from "./use-refresh-user";
import type { UserTarget } from "./user-target";

/** Asks before disabling: the user is signed out everywhere at once. */
export function DisableUserDialog({ user, onClose }: { user: UserTarget | null; onClose: () => void }) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("admin.users.disable");
  const refresh = useRefreshUser();
  const setActive = api.users.setActive.useMutation({
    onSuccess: (saved) => toast.success(t("disabled", { name: saved.fullName })),
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
      title={user ? t("title", { name: user.fullName }) : t("titleUnnamed")}
      description={t("description")}
      confirmLabel={t("confirm")}
      pending={setActive.isPending}
      onConfirm={() => user && setActive.mutate({ id: user.id, active: false })}
    />
  );
}
