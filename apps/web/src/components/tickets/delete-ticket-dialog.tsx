"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/sonner";
import { describeApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";

type DeleteTicketDialogProps = {
  ticket: { id: string; number: number; title: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/** Deletes the ticket with its conversation, then goes back to the list. */
export function DeleteTicketDialog({ ticket, open, onOpenChange }: DeleteTicketDialogProps) {
  const router = useRouter();
  const utils = api.useUtils();
  const remove = api.tickets.delete.useMutation({
    onSuccess: async () => {
      toast.success(`Ticket #${ticket.number} was deleted.`);
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
      title={`Delete ticket #${ticket.number}?`}
      description={`“${ticket.title}” and its whole conversation are removed for good. The audit log keeps a record that it existed.`}
      confirmLabel="Delete ticket"
      pending={remove.isPending}
      onConfirm={() => remove.mutate({ id: ticket.id })}
    />
  );
}
