"use client";

import type { RouterInputs } from "@soporte/api";
import { AlarmClock, Inbox, UserRoundCheck } from "lucide-react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("dashboard.queue");
  const mine = api.tickets.list.useQuery({ ...UNFINISHED, assignee: "me" });
  const unassigned = api.tickets.list.useQuery({ ...UNFINISHED, assignee: "unassigned" });
  const due = api.tickets.list.useQuery(UNFINISHED);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <QueueCard
        id="assigned-to-me"
        title={t("assignedToMe.title")}
        description={t("assignedToMe.description")}
        icon={UserRoundCheck}
        href="/tickets?assignee=me"
        linkLabel={t("assignedToMe.link")}
        query={mine}
        show="requester"
        sla
        empty={t("assignedToMe.empty")}
      />
      <QueueCard
        id="unassigned"
        title={t("unassigned.title")}
        description={t("unassigned.description")}
        icon={Inbox}
        href="/tickets?assignee=unassigned"
        linkLabel={t("unassigned.link")}
        query={unassigned}
        show="requester"
        sla
        empty={t("unassigned.empty")}
      />
      <QueueCard
        id="due-soon-breached"
        title={t("due.title")}
        description={t("due.description")}
        icon={AlarmClock}
        href="/tickets?sort=dueAt&dir=asc"
        linkLabel={t("due.link")}
        query={due}
        select={needsAttention}
        show="assignee"
        sla
        empty={t("due.empty")}
      />
    </div>
  );
}
