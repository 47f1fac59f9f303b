import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { SearchParams } from "nuqs/server";
import { TicketsPage } from "@/components/tickets/tickets-page";
import { loadTicketsSearchParams, ticketListInput } from "@/components/tickets/tickets-search-params";
import { getAuth } from "@/server/auth";
import { ticketsViewer } from "@/server/tickets-viewer";
import { PageContainer } from "@/components/shell/page-container";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { serverApi } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tickets");
  return { title: t("page.title") };
}

export default async function Tickets({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const auth = await getAuth();
  const api = await serverApi();
  if (!auth || !api) redirect("/sign-in?callbackUrl=%2Ftickets");
  // The rows of the first page come with the HTML (a later page's cursor lives in the browser).
  const params = loadTicketsSearchParams(await searchParams);
  if (params.after.length === 0) await api.trpc.tickets.list.prefetch(ticketListInput(params, null));
  return (
    <api.HydrateClient>
      <NuqsAdapter>
        <PageContainer>
          <TicketsPage viewer={ticketsViewer(auth)} />
        </PageContainer>
      </NuqsAdapter>
    </api.HydrateClient>
  );
}
