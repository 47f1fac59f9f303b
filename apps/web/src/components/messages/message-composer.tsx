"use client";

import { Loader2, Reply, Send, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { useApiErrors } from "@/lib/api-errors";
import type { Message } from "./message-types";

/**
 * Writes a message: Enter sends, Shift+Enter starts a new line. `replyTo` shows what the message
 * answers, with a way to drop it.
 */
export function MessageComposer({
  label,
  onSend,
  replyTo,
  onCancelReply,
}: {
  label: string;
  onSend: (body: string) => Promise<void>;
  replyTo?: Message | null;
  onCancelReply?: () => void;
}) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("messages.composer");
  const [body, setBody] = useState("");
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    if (!body.trim() || sending) return;
    setSending(true);
    setError(null);
    try {
      await onSend(body.trim());
      setBody("");
    } catch (failure) {
      setError(describeApiError(failure));
    } finally {
      setSending(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <form
      aria-label={label}
      className="grid gap-2 border-t bg-card p-3"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      {replyTo && (
        <div className="flex items-center gap-2 rounded-md border-l-2 border-primary bg-muted px-2 py-1 text-xs">
          <Reply className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
          <span className="min-w-0 flex-1 truncate">
            {t.rich("replyingTo", {
              name: replyTo.sender.fullName,
              body: replyTo.body,
              strong: (chunks) => <span className="font-medium">{chunks}</span>,
            })}
          </span>
          <Button
            type="button"
            variant="ghost"
            size="icon"
            className="size-6"
            aria-label={t("cancelReply")}
            onClick={onCancelReply}
          >
            <X aria-hidden />
          </Button>
        </div>
      )}
      <div className="flex items-end gap-2">
        <Textarea
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "composer-error" : undefined}
          rows={2}
          maxLength={4000}
          placeholder={t("placeholder")}
          className="max-h-48 min-h-10 resize-y bg-background"
          value={body}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <Button type="submit" disabled={sending || !body.trim()} aria-label={t("send")}>
          {sending ? <Loader2 className="animate-spin" aria-hidden /> : <Send aria-hidden />}
        </Button>
      </div>
      {error && (
        <p id="composer-error" role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </form>
  );
}
