"use client";

import { Archive, Loader2, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { useLocalizedName } from "@/lib/localized-name";
import { api } from "@/trpc/react";
import type { TicketsViewer } from "./ticket-types";
import { activeItems, firstStatusOf, useCatalogs, useStaffOptions } from "./use-ticket-options";

type BulkChange = { assigneeId?: string | null; statusId?: string; priorityId?: string };

type BulkActionsBarProps = {
  ids: string[];
  viewer: TicketsViewer;
  /** After a change was saved: clear the selection. */
  onDone: () => void;
};

/**
 * What can be done to the selected tickets at once: assign, change status or priority, close.
 * Each control is offered only with its permission; one transaction changes all of them or none.
 */
export function BulkActionsBar({ ids, viewer, onDone }: BulkActionsBarProps) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("tickets.bulk");
  const nameOf = useLocalizedName();
  const utils = api.useUtils();
  const catalogs = useCatalogs();
  const staff = useStaffOptions(viewer.assign && viewer.looksUpPeople);
  const closed = firstStatusOf(catalogs.data, "closed");
  const bulk = api.tickets.bulkUpdate.useMutation({
    onSuccess: ({ updated }) => {
      toast.success(updated === 0 ? t("nothingChanged") : t("updated", { count: updated }));
      onDone();
    },
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: () => utils.tickets.list.invalidate(),
  });
  const apply = (change: BulkChange) => bulk.mutate({ ids, ...change });
  const busy = bulk.isPending;

  return (
    <div
      role="region"
      aria-label={t("region")}
      className="flex flex-col gap-3 rounded-lg border border-primary/40 bg-accent/60 p-3 text-sm md:flex-row md:flex-wrap md:items-center"
    >
      <p className="flex items-center gap-2 font-medium" aria-live="polite" data-testid="selection-count">
        {busy && <Loader2 className="size-4 animate-spin" aria-hidden />}
        {t("selected", { count: ids.length })}
      </p>
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-center">
        {viewer.assign && (
          <BulkSelect
            label={t("assign")}
            placeholder={t("assignPlaceholder")}
            disabled={busy}
            onChoose={(value) => apply({ assigneeId: value === "none" ? null : value === "me" ? viewer.id : value })}
            options={[
              { value: "me", label: t("me") },
              { value: "none", label: t("nobody") },
              ...staff.people
                .filter((person) => person.id !== viewer.id)
                .map((person) => ({ value: person.id, label: person.fullName })),
            ]}
          />
        )}
        {viewer.setStatus && (
          <BulkSelect
            label={t("status")}
            placeholder={t("statusPlaceholder")}
            disabled={busy || !catalogs.data}
            onChoose={(statusId) => apply({ statusId })}
            options={activeItems(catalogs.data?.statuses).map((status) => ({
              value: status.id,
              label: nameOf(status),
            }))}
          />
        )}
        {viewer.update && (
          <BulkSelect
            label={t("priority")}
            placeholder={t("priorityPlaceholder")}
            disabled={busy || !catalogs.data}
            onChoose={(priorityId) => apply({ priorityId })}
            options={activeItems(catalogs.data?.priorities).map((priority) => ({
              value: priority.id,
              label: nameOf(priority),
            }))}
          />
        )}
        {viewer.setStatus && closed && (
          <Button
            type="button"
            variant="outline"
            className="h-9"
            disabled={busy}
            onClick={() => apply({ statusId: closed.id })}
          >
            <Archive aria-hidden />
            {t("close")}
          </Button>
        )}
      </div>
      <Button type="button" variant="ghost" className="h-9 md:ml-auto" disabled={busy} onClick={onDone}>
        <X aria-hidden />
        {t("clear")}
      </Button>
    </div>
  );
}

/** A select that acts as soon as an option is chosen, then shows its placeholder again. */
function BulkSelect({
  label,
  placeholder,
  options,
  disabled,
  onChoose,
}: {
  label: string;
  placeholder: string;
  options: { value: string; label: string }[];
  disabled: boolean;
  onChoose: (value: string) => void;
}) {
  return (
    <div className="min-w-0 sm:w-44">
      <NativeSelect
        aria-label={label}
        value=""
        disabled={disabled}
        className="bg-background"
        onChange={(event) => event.target.value && onChoose(event.target.value)}
      >
        <option value="" disabled>
          {placeholder}
        </option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
