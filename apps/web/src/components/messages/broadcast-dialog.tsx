"use client";

import { Loader2, Megaphone } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import { Textarea } from "@/components/ui/textarea";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";

/** Writes an announcement every user receives. */
export function BroadcastDialog({
  open,
  onOpenChange,
  onPosted,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onPosted: (conversationId: string) => void;
}) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("messages.broadcast");
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const utils = api.useUtils();
  const broadcast = api.messages.broadcast.useMutation();

  const post = async () => {
    setError(null);
    try {
      const message = await broadcast.mutateAsync({ body });
      toast.success(t("posted"));
      setBody("");
      await utils.messages.conversations.invalidate();
      onPosted(message.conversationId);
      onOpenChange(false);
    } catch (failure) {
      setError(describeApiError(failure));
    }
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <form
          id="broadcast-form"
          onSubmit={(event) => {
            event.preventDefault();
            void post();
          }}
        >
          <Textarea
            aria-label={t("field")}
            aria-invalid={error ? true : undefined}
            rows={5}
            maxLength={4000}
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
          {error && (
            <p role="alert" className="mt-2 text-sm text-destructive">
              {error}
            </p>
          )}
        </form>
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
            {t("cancel")}
          </Button>
          <Button type="submit" form="broadcast-form" disabled={broadcast.isPending || !body.trim()}>
            {broadcast.isPending ? <Loader2 className="animate-spin" aria-hidden /> : <Megaphone aria-hidden />}
            {t("post")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
