import type { AuthSession, RouterInputs } from "@soporte/api";
import { AlarmClock, Inbox, UserRoundCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { QueueCards } from "./queue-cards";
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
export function StaffQueue({ auth }: { auth: AuthSession }) {
  const t = useTranslations("dashboard.queue");
  return (
    <QueueCards
      auth={auth}
      className="grid gap-6 lg:grid-cols-3"
      queues={[
        {
          id: "assigned-to-me",
          title: t("assignedToMe.title"),
          description: t("assignedToMe.description"),
          icon: UserRoundCheck,
          href: "/tickets?assignee=me",
          linkLabel: t("assignedToMe.link"),
          input: { ...UNFINISHED, assignee: "me" },
          show: "requester",
          sla: true,
          empty: t("assignedToMe.empty"),
        },
        {
          id: "unassigned",
          title: t("unassigned.title"),
          description: t("unassigned.description"),
          icon: Inbox,
          href: "/tickets?assignee=unassigned",
          linkLabel: t("unassigned.link"),
          input: { ...UNFINISHED, assignee: "unassigned" },
          show: "requester",
          sla: true,
          empty: t("unassigned.empty"),
        },
        {
          id: "due-soon-breached",
          title: t("due.title"),
          description: t("due.description"),
          icon: AlarmClock,
          href: "/tickets?sort=dueAt&dir=asc",
          linkLabel: t("due.link"),
          input: UNFINISHED,
          select: needsAttention,
          show: "assignee",
          sla: true,
          empty: t("due.empty"),
        },
      ]}
    />
  );
}
