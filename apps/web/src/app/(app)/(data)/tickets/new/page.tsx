import { hasPermission } from "@soporte/api";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";
import { requirePermission } from "@/server/require-permission";
import { PageContainer } from "@/components/shell/page-container";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tickets");
  return { title: t("page.newTicket") };
}

export default async function NewTicketPage() {
  const auth = await requirePermission("tickets.create");
  const t = await getTranslations("tickets");
  const picksRequester = hasPermission(auth.user, "tickets.read.all") && hasPermission(auth.user, "users.read");
  return (
    <PageContainer>
      <PageHeader title={t("page.newTicket")} description={t("page.newTicketDescription")} />
      <div className="max-w-3xl">
        <NewTicketForm picksRequester={picksRequester} />
      </div>
    </PageContainer>
  );
}
