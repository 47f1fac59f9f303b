"use client";

import { Pencil, Reply, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { UserAvatar } from "@/components/admin/users/user-avatar";
import { TimeCell } from "@/components/data-table/time-cell";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { cn } from "@/lib/utils";
import { api } from "@/trpc/react";
import type { Message } from "./message-types";

/** One message: who, when, what it answers; its sender may edit or delete it, anyone may reply. */
export function MessageItem({
  message,
  own,
  onReply,
}: {
  message: Message;
  own: boolean;
  onReply?: (message: Message) => void;
}) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("messages.item");
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.body);
  const utils = api.useUtils();
  const refresh = () => utils.messages.history.invalidate({ conversationId: message.conversationId });
  const edit = api.messages.edit.useMutation({ onSuccess: refresh });
  const remove = api.messages.delete.useMutation({ onSuccess: refresh });
  const deleted = message.deletedAt !== null;

  const save = async () => {
    try {
      await edit.mutateAsync({ id: message.id, body: draft });
      setEditing(false);
    } catch (error) {
      toast.error(describeApiError(error));
    }
  };

  const actions = !deleted && !editing && (onReply || own) && (
    <span className="ml-auto flex gap-0.5 md:opacity-0 md:group-focus-within:opacity-100 md:group-hover:opacity-100">
      {onReply && (
        <Button
          type="button"
          variant="ghost"
          size="icon"
          className="size-7"
          aria-label={t("reply")}
          title={t("reply")}
          onClick={() => onReply(message)}
        >
          <Reply aria-hidden />
        </Button>
      )}
      {own && (
        <>
          <Button
            type="button"
            variant="ghost"
            size="icon"
            className="size-7"
            aria-label={t("edit")}
            title={t("edit")}
            onClick={() => {
              setDraft(message.body);
              setEditing(true);
            }}
          >
            <Pencil aria-hidden />
          </Button>
          <ConfirmButton
            variant="ghost"
            size="icon"
            className="size-7"
            aria-label={t("delete")}
            question={t("deleteQuestion")}
            confirmLabel={t("confirmDelete")}
            cancelLabel={t("cancel")}
            pending={remove.isPending}
            onConfirm={() =>
              remove.mutate({ id: message.id }, { onError: (error) => toast.error(describeApiError(error)) })
            }
          >
            <Trash2 aria-hidden />
          </ConfirmButton>
        </>
      )}
    </span>
  );

  return (
    <li data-testid="message" className="group flex gap-3 px-4 py-2 hover:bg-muted/40">
      <UserAvatar fullName={message.sender.fullName} color={message.sender.avatarColor} className="mt-0.5" />
      <div className="grid min-w-0 flex-1 gap-1">
        <div className="flex min-h-7 flex-wrap items-center gap-x-2 text-sm">
          <span className="font-medium">{message.sender.fullName}</span>
          <TimeCell at={message.createdAt} relative className="text-xs text-muted-foreground" />
          {message.editedAt && !deleted && <span className="text-xs text-muted-foreground">{t("edited")}</span>}
          {actions}
        </div>
        {message.parent && (
          <p className="truncate border-l-2 border-muted-foreground/40 pl-2 text-xs text-muted-foreground">
            <span className="font-medium">{message.parent.sender.fullName}</span>: {message.parent.body || t("deleted")}
          </p>
        )}
        {editing ? (
          <form
            className="grid gap-2"
            aria-label={t("editForm")}
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <Textarea
              aria-label={t("field")}
              rows={2}
              maxLength={4000}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
            />
            <div className="flex gap-2">
              <Button type="submit" size="sm" disabled={edit.isPending || !draft.trim()}>
                {t("save")}
              </Button>
              <Button type="button" size="sm" variant="ghost" onClick={() => setEditing(false)}>
                {t("cancel")}
              </Button>
            </div>
          </form>
        ) : (
          <p
            data-testid="message-body"
            className={cn("text-sm break-words whitespace-pre-wrap", deleted && "text-muted-foreground italic")}
          >
            {deleted ? t("deleted") : message.body}
          </p>
        )}
      </div>
    </li>
  );
}
