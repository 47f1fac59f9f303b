"use client";

import { Pencil, Reply, Trash2 } from "lucide-react";
import { useState } from "react";
import { UserAvatar } from "@/components/admin/users/user-avatar";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/sonner";
import { describeApiError } from "@/lib/api-errors";
import { formatDateTime, formatRelative } from "@/lib/format-time";
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
          aria-label="Reply"
          title="Reply"
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
            aria-label="Edit"
            title="Edit"
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
            aria-label="Delete"
            question="Delete this message?"
            confirmLabel="Yes, delete"
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
          <time
            dateTime={message.createdAt.toISOString()}
            title={formatDateTime(message.createdAt)}
            className="text-xs text-muted-foreground"
          >
            {formatRelative(message.createdAt)}
          </time>
          {message.editedAt && !deleted && <span className="text-xs text-muted-foreground">(edited)</span>}
          {actions}
        </div>
        {message.parent && (
          <p className="truncate border-l-2 border-muted-foreground/40 pl-2 text-xs text-muted-foreground">
            <span className="font-medium">{message.parent.sender.fullName}</span>:{" "}
            {message.parent.body || "Message deleted"}
          </p>
        )}
        {editing ? (
          <form
            className="grid gap-2"
            aria-label="Edit the message"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <Textarea
              aria-label="Message"
              rows={2}
              maxLength={4000}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
            />
            <div className="flex gap-2">
              <Button type="submit" size="sm" disabled={edit.isPending || !draft.trim()}>
                Save
              </Button>
              <Button type="button" size="sm" variant="ghost" onClick={() => setEditing(false)}>
                Cancel
              </Button>
            </div>
          </form>
        ) : (
          <p
            data-testid="message-body"
            className={cn("text-sm break-words whitespace-pre-wrap", deleted && "text-muted-foreground italic")}
          >
            {deleted ? "Message deleted" : message.body}
          </p>
        )}
      </div>
    </li>
  );
}
