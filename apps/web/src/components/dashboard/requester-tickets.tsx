"use client";

import { Ticket } from "lucide-react";
import { api } from "@/trpc/react";
import { QueueCard } from "./queue-card";

/** A requester's home: their tickets that are not resolved yet, the latest activity first. */
export function RequesterTickets() {
  const open = api.tickets.list.useQuery({
    statusCategories: ["open", "pending"],
    sort: "updatedAt",
    direction: "desc",
    limit: 25,
  });
  return (
    <div className="grid gap-6 lg:max-w-3xl">
      <QueueCard
        title="Your open tickets"
        description="Requests the support team is working on or waiting on you for."
        icon={Ticket}
        href="/tickets"
        linkLabel="All your tickets"
        query={open}
        show="assignee"
        sla={false}
        empty="You have no open tickets. Use “New ticket” when something needs fixing."
      />
    </div>
  );
}
