"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useLocalizedName } from "@/lib/localized-name";
import { api } from "@/trpc/react";
import type { SetTicketsSearchParams, TicketsSearchParams } from "./tickets-search-params";
import { useCatalogs } from "./use-ticket-options";

/**
 * The filters a link can set that have no control of their own in the toolbar (the dashboard's charts
 * link here with them): each shows as a chip that removes it.
 */
export function TicketsFilterChips({
  params,
  setParams,
}: {
  params: TicketsSearchParams;
  setParams: SetTicketsSearchParams;
}) {
  const t = useTranslations("tickets");
  const nameOf = useLocalizedName();
  const catalogs = useCatalogs();
  const location = api.locations.get.useQuery({ id: params.location ?? "" }, { enabled: Boolean(params.location) });
  const criticality = catalogs.data?.criticalities.find((c) => c.id === params.criticality);
  const { createdFrom: from, createdTo: to } = params;
  const created =
    from && from === to
      ? t("chips.createdOn", { date: from })
      : from && to
        ? t("chips.createdBetween", { from, to })
        : from
          ? t("chips.createdFrom", { from })
          : to
            ? t("chips.createdTo", { to })
            : "";
  const chips = [
    params.state === "unfinished" && { key: "state", label: t("chips.unfinished"), clear: { state: null } },
    params.criticality && {
      key: "criticality",
      label: t("chips.criticality", { name: criticality ? nameOf(criticality) : "…" }),
      clear: { criticality: null },
    },
    params.location && {
      key: "location",
      label: t("chips.location", { name: location.data?.name ?? "…" }),
      clear: { location: null },
    },
    created && {
      key: "created",
      label: created,
      clear: { createdFrom: null, createdTo: null },
    },
  ].filter((chip) => chip !== false && chip !== null && chip !== "" && chip !== undefined);
  if (chips.length === 0) return null;
  return (
    <ul aria-label={t("chips.label")} className="flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li key={chip.key}>
          <Button
            type="button"
            size="sm"
            variant="secondary"
            className="h-8 rounded-full"
            aria-label={t("chips.remove", { label: chip.label })}
            onClick={() => void setParams({ ...chip.clear, after: null })}
          >
            {chip.label}
            <X aria-hidden />
          </Button>
        </li>
      ))}
    </ul>
  );
}
