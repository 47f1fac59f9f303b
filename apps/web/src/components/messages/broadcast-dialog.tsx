"use client";

import { Loader2, Megaphone } from "lucide-react";
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
import { toast } from "@/components/ui/sonner";
import { Textarea } from "@/components/ui/textarea";
import { describeApiError } from "@/lib/api-errors";
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
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const utils = api.useUtils();
  const broadcast = api.messages.broadcast.useMutation();

  const post = async () => {
    setError(null);
    try {
      const message = await broadcast.mutateAsync({ body });
      toast.success("Announcement posted to everyone.");
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
          <DialogTitle>New announcement</DialogTitle>
          <DialogDescription>Every user receives it under “Announcements”.</DialogDescription>
        </DialogHeader>
        <form
          id="broadcast-form"
          onSubmit={(event) => {
            event.preventDefault();
            void post();
          }}
        >
          <Textarea
            aria-label="Announcement"
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
            Cancel
          </Button>
          <Button type="submit" form="broadcast-form" disabled={broadcast.isPending || !body.trim()}>
            {broadcast.isPending ? <Loader2 className="animate-spin" aria-hidden /> : <Megaphone aria-hidden />}
            Post to everyone
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
