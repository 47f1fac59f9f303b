import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { TicketsPage } from "@/components/tickets/tickets-page";
import { getAuth } from "@/server/auth";
import { ticketsViewer } from "@/server/tickets-viewer";
import { PageContainer } from "@/components/shell/page-container";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tickets");
  return { title: t("page.title") };
}

export default async function Tickets() {
  const auth = await getAuth();
  if (!auth) redirect("/sign-in?callbackUrl=%2Ftickets");
  return (
    <PageContainer>
      <TicketsPage viewer={ticketsViewer(auth)} />
    </PageContainer>
  );
}
