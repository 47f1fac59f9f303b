"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";

type DeleteTicketDialogProps = {
  ticket: { id: string; number: number; title: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/** Deletes the ticket with its conversation, then goes back to the list. */
export function DeleteTicketDialog({ ticket, open, onOpenChange }: DeleteTicketDialogProps) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("tickets.deleteTicket");
  const router = useRouter();
  const utils = api.useUtils();
  const remove = api.tickets.delete.useMutation({
    onSuccess: async () => {
      toast.success(t("deleted", { number: ticket.number }));
      onOpenChange(false);
      router.push("/tickets");
      await utils.tickets.list.invalidate();
    },
    onError: (error) => toast.error(describeApiError(error)),
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("title", { number: ticket.number })}
      description={t("description", { title: ticket.title })}
      confirmLabel={t("confirm")}
      pending={remove.isPending}
      onConfirm={() => remove.mutate({ id: ticket.id })}
    />
  );
}
