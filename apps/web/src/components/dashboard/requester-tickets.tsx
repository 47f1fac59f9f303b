import type { AuthSession } from "@soporte/api";
import { Ticket } from "lucide-react";
import { useTranslations } from "next-intl";
import { QueueCards } from "./queue-cards";

/** A requester's home: their tickets that are not resolved yet, the latest activity first. */
export function RequesterTickets({ auth }: { auth: AuthSession }) {
  const t = useTranslations("dashboard.queue.requester");
  return (
    <QueueCards
      auth={auth}
      className="grid gap-6 lg:max-w-3xl"
      queues={[
        {
          id: "your-open-tickets",
          title: t("title"),
          description: t("description"),
          icon: Ticket,
          href: "/tickets",
          linkLabel: t("link"),
          input: { statusCategories: ["open", "pending"], sort: "updatedAt", direction: "desc", limit: 25 },
          show: "assignee",
          sla: false,
          empty: t("empty"),
        },
      ]}
    />
  );
}
