"use client";

import type { RouterInputs } from "@soporte/api";
import { AlarmClock, Inbox, UserRoundCheck } from "lucide-react";
import { api } from "@/trpc/react";
import { QueueCard } from "./queue-card";
import type { TicketSummary } from "./ticket-summary-list";

/** Tickets still being worked on, most urgent first: the first page is what the cards count. */
const UNFINISHED: RouterInputs["tickets"]["list"] = {
  statusCategories: ["open", "pending"],
  sort: "dueAt",
  direction: "asc",
  limit: 25,
};

const needsAttention = (tickets: TicketSummary[]) =>
  tickets.filter((ticket) => ticket.sla.state === "breached" || ticket.sla.state === "due_soon");

/** A staff member's home: their queue, the tickets nobody has taken, and the ones running out of time. */
export function StaffQueue() {
  const mine = api.tickets.list.useQuery({ ...UNFINISHED, assignee: "me" });
  const unassigned = api.tickets.list.useQuery({ ...UNFINISHED, assignee: "unassigned" });
  const due = api.tickets.list.useQuery(UNFINISHED);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <QueueCard
        title="Assigned to me"
        description="Your unresolved tickets, the closest to their deadline first."
        icon={UserRoundCheck}
        href="/tickets?assignee=me"
        linkLabel="All my tickets"
        query={mine}
        show="requester"
        sla
        empty="Nothing assigned to you. Pick one from the unassigned tickets."
      />
      <QueueCard
        title="Unassigned"
        description="Unresolved tickets nobody has taken yet."
        icon={Inbox}
        href="/tickets?assignee=unassigned"
        linkLabel="All unassigned tickets"
        query={unassigned}
        show="requester"
        sla
        empty="Every unresolved ticket has someone on it."
      />
      <QueueCard
        title="Due soon / breached"
        description="Unresolved tickets past or close to their SLA target."
        icon={AlarmClock}
        href="/tickets?sort=dueAt&dir=asc"
        linkLabel="All tickets by due time"
        query={due}
        select={needsAttention}
        show="assignee"
        sla
        empty="No ticket is close to its deadline."
      />
    </div>
  );
}
