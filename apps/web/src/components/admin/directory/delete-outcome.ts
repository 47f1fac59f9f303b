import type { useTranslations } from "next-intl";

/** The toast after deleting an organization or location: the API deactivates one that is in use. */
export function deleteOutcome(
  t: ReturnType<typeof useTranslations<"audit.directory.toast">>,
  name: string,
  result: { deleted: boolean; deactivated: boolean },
  usedBy: { users: number; tickets: number },
): string {
  if (result.deleted) return t("deleted", { name });
  const { users, tickets } = usedBy;
  if (users && tickets) return t("inUseByBoth", { name, users, tickets });
  if (users) return t("inUseByUsers", { name, users });
  if (tickets) return t("inUseByTickets", { name, tickets });
  return t("inUse", { name });
}
