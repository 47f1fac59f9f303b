"use client";

import { Megaphone, PenSquare } from "lucide-react";
import { useTranslations } from "next-intl";
import { parseAsString, useQueryState } from "nuqs";
import { useState } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { BroadcastDialog } from "./broadcast-dialog";
import { ConversationList } from "./conversation-list";
import type { MessagesViewer, Person, ThreadTarget } from "./message-types";
import { MessageThread } from "./message-thread";
import { NewConversationDialog } from "./new-conversation-dialog";

/** /messages: the conversations beside the open one (one at a time on a phone). */
export function MessagesPage({ viewer }: { viewer: MessagesViewer }) {
  const t = useTranslations("messages.page");
  const [open, setOpen] = useQueryState("c", parseAsString.withOptions({ history: "push" }));
  const [draft, setDraft] = useState<Person | null>(null);
  const [dialog, setDialog] = useState<"new" | "broadcast" | null>(null);
  const target: ThreadTarget | null = open ? { conversationId: open } : draft ? { recipient: draft } : null;
  const showConversation = (id: string | null) => {
    setDraft(null);
    void setOpen(id);
  };

  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            {viewer.broadcast && (
              <Button type="button" variant="outline" onClick={() => setDialog("broadcast")}>
                <Megaphone aria-hidden />
                {t("announcement")}
              </Button>
            )}
            {viewer.send && (
              <Button type="button" onClick={() => setDialog("new")}>
                <PenSquare aria-hidden />
                {t("newMessage")}
              </Button>
            )}
          </>
        }
      />
      <div className="grid min-h-[32rem] grid-cols-1 overflow-hidden rounded-lg border md:grid-cols-[20rem_minmax(0,1fr)]">
        <ConversationList
          viewerId={viewer.id}
          selected={open}
          onSelect={showConversation}
          className={cn("md:border-r", target && "hidden md:grid")}
        />
        <div className={cn("min-w-0", !target && "hidden md:grid")}>
          {target ? (
            <MessageThread
              key={"conversationId" in target ? target.conversationId : target.recipient.id}
              target={target}
              viewer={viewer}
              onBack={() => showConversation(null)}
              onStarted={showConversation}
            />
          ) : (
            <div className="grid place-items-center p-8 text-center text-sm text-muted-foreground">{t("noneOpen")}</div>
          )}
        </div>
      </div>
      <NewConversationDialog
        open={dialog === "new"}
        onOpenChange={(next) => setDialog(next ? "new" : null)}
        onPick={(person, conversationId) => {
          setDialog(null);
          if (conversationId) showConversation(conversationId);
          else {
            void setOpen(null);
            setDraft(person);
          }
        }}
      />
      {viewer.broadcast && (
        <BroadcastDialog
          open={dialog === "broadcast"}
          onOpenChange={(next) => setDialog(next ? "broadcast" : null)}
          onPosted={showConversation}
        />
      )}
    </div>
  );
}
