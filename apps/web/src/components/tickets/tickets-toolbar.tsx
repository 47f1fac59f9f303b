"use client";

import { ticketNumberIn } from "@soporte/api/constants";
import type { Table } from "@tanstack/react-table";
import { X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DebouncedSearch } from "@/components/data-table/debounced-search";
import { ViewOptions } from "@/components/data-table/view-options";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { useLocalizedName } from "@/lib/localized-name";
import type { TicketRow, TicketsViewer } from "./ticket-types";
import { TicketsFilterChips } from "./tickets-filter-chips";
import {
  FILTER_RESET,
  hasTicketFilters,
  type SetTicketsSearchParams,
  type TicketsSearchParams,
} from "./tickets-search-params";
import { useCatalogs, useStaffOptions } from "./use-ticket-options";

type TicketsToolbarProps = {
  params: TicketsSearchParams;
  setParams: SetTicketsSearchParams;
  table: Table<TicketRow>;
  viewer: TicketsViewer;
};

/** A new search or filter starts again from the first page. */
const FIRST_PAGE = { after: null } as const;

export function TicketsToolbar({ params, setParams, table, viewer }: TicketsToolbarProps) {
  const t = useTranslations("tickets");
  const nameOf = useLocalizedName();
  const router = useRouter();
  const catalogs = useCatalogs();
  const staff = useStaffOptions(viewer.seesAll && viewer.looksUpPeople);
  const assigneeIsPerson = params.assignee !== null && params.assignee !== "me" && params.assignee !== "unassigned";

  return (
    <div className="grid gap-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
        <DebouncedSearch
          label={t("toolbar.search")}
          placeholder={t("toolbar.searchPlaceholder")}
          value={params.q}
          // Searching lists the best matches first; without a search "best match" means newest.
          onSearch={(q) =>
            void setParams({
              q: q || null,
              sort: q ? "relevance" : params.sort === "relevance" ? "createdAt" : params.sort,
              ...(q ? { dir: "desc" } : {}),
              ...FIRST_PAGE,
            })
          }
          onSubmit={(q) => {
            const number = ticketNumberIn(q);
            if (number) router.push(`/tickets/${number}`);
            return number !== undefined;
          }}
          className="w-full sm:w-80"
        />
        <div role="group" aria-label={t("toolbar.quickFilters")} className="flex flex-wrap gap-2">
          {viewer.seesAll && (
            <>
              <QuickFilter
                pressed={params.assignee === "me"}
                onPressedChange={(on) => void setParams({ assignee: on ? "me" : null, ...FIRST_PAGE })}
              >
                {t("toolbar.mine")}
              </QuickFilter>
              <QuickFilter
                pressed={params.assignee === "unassigned"}
                onPressedChange={(on) => void setParams({ assignee: on ? "unassigned" : null, ...FIRST_PAGE })}
              >
                {t("toolbar.unassigned")}
              </QuickFilter>
            </>
          )}
          <QuickFilter
            pressed={params.state === "open"}
            onPressedChange={(on) => void setParams({ state: on ? "open" : null, ...FIRST_PAGE })}
          >
            {t("toolbar.open")}
          </QuickFilter>
        </div>
      </div>
      <div className="flex flex-col gap-3 lg:flex-row lg:items-center">
        <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-center">
          <Filter>
            <NativeSelect
              aria-label={t("toolbar.byStatus")}
              value={params.status ?? ""}
              disabled={!catalogs.data}
              onChange={(event) => void setParams({ status: event.target.value || null, ...FIRST_PAGE })}
            >
              <option value="">{t("toolbar.allStatuses")}</option>
              {catalogs.data?.statuses.map((status) => (
                <option key={status.id} value={status.id}>
                  {nameOf(status)}
                </option>
              ))}
            </NativeSelect>
          </Filter>
          <Filter>
            <NativeSelect
              aria-label={t("toolbar.byPriority")}
              value={params.priority ?? ""}
              disabled={!catalogs.data}
              onChange={(event) => void setParams({ priority: event.target.value || null, ...FIRST_PAGE })}
            >
              <option value="">{t("toolbar.allPriorities")}</option>
              {catalogs.data?.priorities.map((priority) => (
                <option key={priority.id} value={priority.id}>
                  {nameOf(priority)}
                </option>
              ))}
            </NativeSelect>
          </Filter>
          <Filter>
            <NativeSelect
              aria-label={t("toolbar.byCategory")}
              value={params.category ?? ""}
              disabled={!catalogs.data}
              onChange={(event) => void setParams({ category: event.target.value || null, ...FIRST_PAGE })}
            >
              <option value="">{t("toolbar.allCategories")}</option>
              {catalogs.data?.categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {nameOf(category)}
                </option>
              ))}
            </NativeSelect>
          </Filter>
          {viewer.seesAll && (
            <Filter>
              <NativeSelect
                aria-label={t("toolbar.byAssignee")}
                value={params.assignee ?? ""}
                onChange={(event) => void setParams({ assignee: event.target.value || null, ...FIRST_PAGE })}
              >
                <option value="">{t("toolbar.anyone")}</option>
                <option value="me">{t("toolbar.assignedToMe")}</option>
                <option value="unassigned">{t("toolbar.unassigned")}</option>
                {staff.people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.fullName}
                  </option>
                ))}
                {assigneeIsPerson && !staff.people.some((person) => person.id === params.assignee) && (
                  <option value={params.assignee ?? ""}>{t("toolbar.someoneElse")}</option>
                )}
              </NativeSelect>
            </Filter>
          )}
          <Filter>
            <NativeSelect
              aria-label={t("toolbar.bySla")}
              value={params.sla ?? ""}
              onChange={(event) =>
                void setParams({ sla: (event.target.value || null) as TicketsSearchParams["sla"], ...FIRST_PAGE })
              }
            >
              <option value="">{t("toolbar.anySla")}</option>
              <option value="due_soon">{t("toolbar.dueSoon")}</option>
              <option value="breached">{t("toolbar.breached")}</option>
            </NativeSelect>
          </Filter>
          {hasTicketFilters(params) && (
            <Button type="button" variant="ghost" className="h-9" onClick={() => void setParams(FILTER_RESET)}>
              {t("toolbar.reset")}
              <X aria-hidden />
            </Button>
          )}
        </div>
        <div className="hidden lg:ml-auto lg:block">
          <ViewOptions table={table} />
        </div>
      </div>
      <TicketsFilterChips params={params} setParams={setParams} />
    </div>
  );
}

function Filter({ children }: { children: ReactNode }) {
  return <div className="min-w-0 sm:w-48">{children}</div>;
}

function QuickFilter({
  pressed,
  onPressedChange,
  children,
}: {
  pressed: boolean;
  onPressedChange: (pressed: boolean) => void;
  children: ReactNode;
}) {
  return (
    <Button
      type="button"
      size="sm"
      variant={pressed ? "default" : "outline"}
      aria-pressed={pressed}
      className="h-9 rounded-full px-4"
      onClick={() => onPressedChange(!pressed)}
    >
      {children}
    </Button>
  );
}
