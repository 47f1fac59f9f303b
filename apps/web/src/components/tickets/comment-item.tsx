"use client";

import { useZodResolver } from "@/components/ui/use-zod-resolver";
import { Loader2, Lock, Pencil, Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { UserAvatar } from "@/components/admin/users/user-avatar";
import { TimeCell } from "@/components/data-table/time-cell";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";
import { toast } from "@/components/ui/toast";
import { Textarea } from "@/components/ui/textarea";
import { useApiErrors } from "@/lib/api-errors";
import { formatDateTime } from "@/lib/format-time";
import { useViewerTimeZone } from "@/lib/use-hydrated";
import { cn } from "@/lib/utils";
import { api } from "@/trpc/react";
import type { TicketComment } from "./ticket-types";
import { useRefreshTicket } from "./use-refresh-ticket";

type CommentItemProps = {
  comment: TicketComment;
  ticketId: string;
  /** The viewer wrote it: they may edit it (and delete it). */
  own: boolean;
  /** May delete it: its author, or with `comments.moderate`. */
  deletable: boolean;
};

/** One reply or internal note: author, time, "edited", the body, and edit / delete where allowed. */
export function CommentItem({ comment, ticketId, own, deletable }: CommentItemProps) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("tickets.comment");
  const locale = useLocale();
  const zone = useViewerTimeZone();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const refresh = useRefreshTicket(ticketId);
  const kind = comment.internal ? "note" : "reply";
  const remove = api.comments.delete.useMutation({
    onSuccess: async () => {
      toast.success(t("deleted", { kind }));
      setConfirming(false);
      await refresh();
    },
    onError: (error) => toast.error(describeApiError(error)),
  });

  return (
    <li
      data-testid="comment"
      data-internal={comment.internal}
      aria-label={t("label", { kind, name: comment.author.fullName })}
      className={cn(
        "grid gap-3 rounded-lg border bg-card p-4",
        comment.internal && "border-amber-300 bg-amber-50 dark:border-amber-800/70 dark:bg-amber-950/40",
      )}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <UserAvatar
          fullName={comment.author.fullName}
          color={comment.author.avatarColor}
          className="size-7 [&_span]:text-[11px]"
        />
        <span className="font-medium">{comment.author.fullName}</span>
        {comment.internal && (
          <span className="flex items-center gap-1 rounded-md border border-amber-400 bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:border-amber-700 dark:bg-amber-900/50 dark:text-amber-100">
            <Lock className="size-3" aria-hidden />
            {t("internal")}
          </span>
        )}
        <span className="text-xs text-muted-foreground">
          <TimeCell at={comment.createdAt} relative />
          {comment.editedAt && (
            <span
              title={t("editedAt", { date: formatDateTime(comment.editedAt, locale, zone) })}
              data-testid="comment-edited"
            >
              {" "}
              {t("edited")}
            </span>
          )}
        </span>
        {(own || deletable) && !editing && (
          <div className="ml-auto flex gap-1">
            {own && (
              <Button
                type="button"
                variant="ghost"
                size="icon"
                className="size-8"
                aria-label={t("edit", { kind })}
                onClick={() => setEditing(true)}
              >
                <Pencil aria-hidden />
              </Button>
            )}
            {deletable && (
              <Button
                type="button"
                variant="ghost"
                size="icon"
                className="size-8"
                aria-label={t("delete", { kind })}
                onClick={() => setConfirming(true)}
              >
                <Trash2 aria-hidden />
              </Button>
            )}
          </div>
        )}
      </div>
      {editing ? (
        <EditCommentForm comment={comment} onDone={() => setEditing(false)} onSaved={refresh} />
      ) : (
        <p className="text-sm break-words whitespace-pre-wrap" data-testid="comment-body">
          {comment.body}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("deleteTitle", { kind })}
        description={t("deleteDescription")}
        confirmLabel={t("deleteConfirm", { kind })}
        pending={remove.isPending}
        onConfirm={() => remove.mutate({ id: comment.id })}
      />
    </li>
  );
}

function EditCommentForm({
  comment,
  onDone,
  onSaved,
}: {
  comment: TicketComment;
  onDone: () => void;
  onSaved: () => Promise<void>;
}) {
  const { showApiError } = useApiErrors();
  const t = useTranslations("tickets.comment");
  const update = api.comments.update.useMutation();
  const form = useForm({
    resolver: useZodResolver(async () => (await import("./comment-schemas")).editCommentSchema),
    defaultValues: { body: comment.body },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync({ id: comment.id, body: values.body });
      toast.success(t("saved"));
      await onSaved();
      onDone();
    } catch (error) {
      showApiError(error, form.setError, ["body"]);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("editForm")} className="grid gap-3">
      <FormField id={`edit-${comment.id}`} label={t("editLabel")} hideLabel error={errors.body?.message}>
        <Textarea autoFocus {...form.register("body")} />
      </FormField>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="outline" size="sm" disabled={isSubmitting} onClick={onDone}>
          {t("cancel")}
        </Button>
        <Button type="submit" size="sm" disabled={isSubmitting}>
          {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
