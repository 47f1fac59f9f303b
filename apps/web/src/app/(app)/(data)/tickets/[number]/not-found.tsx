import { TicketNotFound } from "@/components/tickets/ticket-not-found";
import { PageContainer } from "@/components/shell/page-container";

export default function TicketNotFoundPage() {
  return (
    <PageContainer>
      <TicketNotFound />
    </PageContainer>
  );
}
