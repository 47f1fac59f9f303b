import { TicketNotFound } from "@/components/tickets/ticket-not-found";

export default function TicketNotFoundPage() {
  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <TicketNotFound />
    </div>
  );
}
