import { hasPermission } from "@soporte/api";
import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";
import { requirePermission } from "@/server/require-permission";
import { PageContainer } from "@/components/shell/page-container";

export const metadata: Metadata = { title: "New ticket" };

export default async function NewTicketPage() {
  const auth = await requirePermission("tickets.create");
  const picksRequester = hasPermission(auth.user, "tickets.read.all") && hasPermission(auth.user, "users.read");
  return (
    <PageContainer>
      <PageHeader
        title="New ticket"
        description="Tell the helpdesk what is wrong; you can add more in the conversation later."
      />
      <div className="max-w-3xl">
        <NewTicketForm picksRequester={picksRequester} />
      </div>
    </PageContainer>
  );
}
