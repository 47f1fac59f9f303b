import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TicketsPage } from "@/components/tickets/tickets-page";
import { getAuth } from "@/server/auth";
import { ticketsViewer } from "@/server/tickets-viewer";
import { PageContainer } from "@/components/shell/page-container";

export const metadata: Metadata = { title: "Tickets" };

export default async function Tickets() {
  const auth = await getAuth();
  if (!auth) redirect("/sign-in?callbackUrl=%2Ftickets");
  return (
    <PageContainer>
      <TicketsPage viewer={ticketsViewer(auth)} />
    </PageContainer>
  );
}
