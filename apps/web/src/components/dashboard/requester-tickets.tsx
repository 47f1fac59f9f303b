"use client";

import { Ticket } from "lucide-react";
import { useTranslations } from "next-intl";
import { api } from "@/trpc/react";
import { QueueCard } from "./queue-card";

/** A requester's home: their tickets that are not resolved yet, the latest activity first. */
export function RequesterTickets() {
  const t = useTranslations("dashboard.queue.requester");
  const open = api.tickets.list.useQuery({
    statusCategories: ["open", "pending"],
    sort: "updatedAt",
    direction: "desc",
    limit: 25,
  });
  return (
    <div className="grid gap-6 lg:max-w-3xl">
      <QueueCard
        id="your-open-tickets"
        title={t("title")}
        description={t("description")}
        icon={Ticket}
        href="/tickets"
        linkLabel={t("link")}
        query={open}
        show="assignee"
        sla={false}
        empty={t("empty")}
      />
    </div>
  );
}
