import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TicketsPage } from "@/components/tickets/tickets-page";
import { getAuth } from "@/server/auth";
import { ticketsViewer } from "@/server/tickets-viewer";

export const metadata: Metadata = { title: "Tickets" };

export default async function Tickets() {
  const auth = await getAuth();
  if (!auth) redirect("/sign-in?callbackUrl=%2Ftickets");
  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <TicketsPage viewer={ticketsViewer(auth)} />
    </div>
  );
}
