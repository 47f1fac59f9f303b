"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
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
  const catalogs = useCatalogs();
  const location = api.locations.get.useQuery({ id: params.location ?? "" }, { enabled: Boolean(params.location) });
  const criticality = catalogs.data?.criticalities.find((c) => c.id === params.criticality);
  const created =
    params.createdFrom && params.createdFrom === params.createdTo
      ? `Created on ${params.createdFrom}`
      : [params.createdFrom && `from ${params.createdFrom}`, params.createdTo && `to ${params.createdTo}`]
          .filter(Boolean)
          .join(" ");
  const chips = [
    params.state === "unfinished" && { key: "state", label: "Open and pending", clear: { state: null } },
    params.criticality && {
      key: "criticality",
      label: `Criticality: ${criticality?.name ?? "…"}`,
      clear: { criticality: null },
    },
    params.location && {
      key: "location",
      label: `Location: ${location.data?.name ?? "…"}`,
      clear: { location: null },
    },
    (params.createdFrom || params.createdTo) && {
      key: "created",
      label: created.startsWith("Created") ? created : `Created ${created}`,
      clear: { createdFrom: null, createdTo: null },
    },
  ].filter((chip) => chip !== false && chip !== null && chip !== "" && chip !== undefined);
  if (chips.length === 0) return null;
  return (
    <ul aria-label="More filters" className="flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li key={chip.key}>
          <Button
            type="button"
            size="sm"
            variant="secondary"
            className="h-8 rounded-full"
            aria-label={`Remove filter: ${chip.label}`}
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
