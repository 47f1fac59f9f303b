"use client";

import { AlertCircle, History, MessagesSquare } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { DeleteTicketDialog } from "./delete-ticket-dialog";
import { TicketConversation } from "./ticket-conversation";
import { TicketHeader } from "./ticket-header";
import { TicketHistory } from "./ticket-history";
import { TicketNotFound } from "./ticket-not-found";
import { TicketProperties } from "./ticket-properties";
import type { TicketDetailData, TicketsViewer } from "./ticket-types";
import { LiveChangeCue } from "./live-change-cue";
import { useRefreshTicket } from "./use-refresh-ticket";
import { useTicketChanges, type TicketChange } from "./use-ticket-changes";

type TicketDetailProps = {
  number: number;
  /** The ticket as the server rendered it, so the page shows at once. */
  initial: TicketDetailData;
  viewer: TicketsViewer;
};

/** /tickets/[number]: the conversation and history beside the properties, each part saved on its own. */
export function TicketDetail({ number, initial, viewer }: TicketDetailProps) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("tickets.detail");
  const ticket = api.tickets.get.useQuery({ number }, { initialData: initial });
  const [deleting, setDeleting] = useState(false);
  // Someone else's change to this ticket shows at once, with who made it.
  const refresh = useRefreshTicket(initial.id);
  const [change, setChange] = useState<TicketChange | null>(null);
  useTicketChanges(viewer.id, (next) => {
    if (next.ticketId !== initial.id) return;
    if (next.actor?.id !== viewer.id) setChange(next);
    void refresh();
  });

  if (ticket.error) {
    if (ticket.error.data?.code === "NOT_FOUND") return <TicketNotFound number={number} />;
    return (
      <Alert variant="destructive" role="alert">
        <AlertCircle aria-hidden />
        <AlertDescription>{t("loadError", { error: describeApiError(ticket.error) })}</AlertDescription>
      </Alert>
    );
  }
  if (!ticket.data) return <Skeleton className="h-96 w-full" />;
  const data = ticket.data;

  return (
    <>
      <TicketHeader ticket={data} onDelete={data.can.delete ? () => setDeleting(true) : undefined} />
      <LiveChangeCue change={change} />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Tabs defaultValue="conversation" className="min-w-0">
          <TabsList aria-label={t("tabs")}>
            <TabsTrigger value="conversation">
              <MessagesSquare aria-hidden />
              {t("conversation")}
            </TabsTrigger>
            <TabsTrigger value="history">
              <History aria-hidden />
              {t("history")}
            </TabsTrigger>
          </TabsList>
          <TabsContent value="conversation">
            <TicketConversation ticket={data} viewerId={viewer.id} />
          </TabsContent>
          <TabsContent value="history">
            <TicketHistory ticketId={data.id} />
          </TabsContent>
        </Tabs>
        <TicketProperties ticket={data} viewer={viewer} />
      </div>
      {data.can.delete && <DeleteTicketDialog ticket={data} open={deleting} onOpenChange={setDeleting} />}
    </>
  );
}
