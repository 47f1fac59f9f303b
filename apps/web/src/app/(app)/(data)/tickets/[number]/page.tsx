import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TicketDetail } from "@/components/tickets/ticket-detail";
import { commentsListInput } from "@/components/tickets/ticket-types";
import { apiCaller, orNotFound } from "@/server/api-caller";
import { getAuth } from "@/server/auth";
import { ticketsViewer } from "@/server/tickets-viewer";
import { PageContainer } from "@/components/shell/page-container";
import { serverApi } from "@/trpc/server";

type Params = { params: Promise<{ number: string }> };

const NUMBER = /^\d{1,9}$/;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { number } = await params;
  const t = await getTranslations("tickets");
  return { title: NUMBER.test(number) ? t("page.ticketNumber", { number }) : t("page.ticket") };
}

export default async function TicketPage({ params }: Params) {
  const { number: raw } = await params;
  const auth = await getAuth();
  const api = await serverApi();
  if (!auth || !api) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/tickets/${raw}`)}`);
  if (!NUMBER.test(raw)) notFound();
  const number = Number(raw);
  // The same answer for a ticket that does not exist and one the viewer may not see.
  const ticket = await orNotFound(apiCaller(auth).tickets.get({ number }));
  if (!ticket) notFound();
  // The conversation comes with the HTML too: no skeleton that the replies then push the composer away from.
  await api.trpc.comments.list.prefetchInfinite(commentsListInput(ticket.id));
  return (
    <api.HydrateClient>
      <PageContainer>
        <TicketDetail number={number} initial={ticket} viewer={ticketsViewer(auth)} />
      </PageContainer>
    </api.HydrateClient>
  );
}
