"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useState } from "react";
import { UserAvatar } from "@/components/admin/users/user-avatar";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { api } from "@/trpc/react";
import type { Person } from "./message-types";

/**
 * Picks whom to write to, by name. Someone already written to opens that conversation
 * (`conversationId`); anyone else starts a new one with the first message.
 */
export function NewConversationDialog({
  open,
  onOpenChange,
  onPick,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onPick: (person: Person, conversationId: string | null) => void;
}) {
  const t = useTranslations("messages.newConversation");
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const recipients = api.messages.recipients.useQuery({ search: deferred || undefined, limit: 20 }, { enabled: open });
  const utils = api.useUtils();

  const pick = (person: Person) => {
    const known = utils.messages.conversations
      .getInfiniteData({ limit: 20 })
      ?.pages.flatMap((page) => page.items)
      .find((c) => c.kind === "direct" && c.members.some((m) => m.id === person.id));
    setSearch("");
    onPick(person, known?.id ?? null);
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <Input
          type="search"
          aria-label={t("search")}
          placeholder={t("placeholder")}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          autoFocus
        />
        <ul aria-label={t("people")} className="grid max-h-72 gap-1 overflow-y-auto">
          {recipients.isPending
            ? Array.from({ length: 3 }, (_, i) => (
                <li key={i}>
                  <Skeleton className="h-10 w-full" />
                </li>
              ))
            : recipients.data?.items.map((person) => (
                <li key={person.id}>
                  <button
                    type="button"
                    onClick={() => pick(person)}
                    className="flex w-full items-center gap-3 rounded-md px-2 py-2 text-left text-sm hover:bg-accent focus-visible:bg-accent focus-visible:outline-none"
                  >
                    <UserAvatar fullName={person.fullName} color={person.avatarColor} />
                    {person.fullName}
                  </button>
                </li>
              ))}
          {recipients.data?.items.length === 0 && (
            <li className="p-4 text-center text-sm text-muted-foreground">{t("noMatch")}</li>
          )}
        </ul>
      </DialogContent>
    </Dialog>
  );
}
