"use client";

import { keepPreviousData } from "@tanstack/react-query";
import {
  getCoreRowModel,
  useReactTable,
  type RowSelectionState,
  type SortingState,
  type Updater,
  type VisibilityState,
} from "@tanstack/react-table";
import { AlertCircle, Inbox, SearchX } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { cursorStack } from "@/components/data-table/cursor-stack";
import { DataTable } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/data-table/empty-state";
import { KeysetPagination } from "@/components/data-table/keyset-pagination";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { BulkActionsBar } from "./bulk-actions-bar";
import type { TicketsViewer } from "./ticket-types";
import { useTicketColumns } from "./tickets-columns";
import {
  FILTER_RESET,
  hasTicketFilters,
  ticketListInput,
  useTicketsSearchParams,
  type TicketsSearchParams,
} from "./tickets-search-params";
import { TicketsToolbar } from "./tickets-toolbar";
import { LiveChangeCue } from "./live-change-cue";
import { useTicketChanges } from "./use-ticket-changes";

/** Tickets with server-side search, filters, sorting and keyset pagination, all kept in the URL. */
export function TicketsTable({ viewer }: { viewer: TicketsViewer }) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("tickets");
  const [params, setParams] = useTicketsSearchParams();
  // "Created" is one click away in "Columns": the title gets the room.
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>({ createdAt: false });
  const [selection, setSelection] = useState<{ key: string; rows: RowSelectionState }>({ key: "", rows: {} });
  const input = ticketListInput(params, cursorStack.current(params.after));
  const tickets = api.tickets.list.useQuery(input, { placeholderData: keepPreviousData });

  // A selection belongs to the rows it was made on: another page, filter or order starts afresh.
  const listKey = JSON.stringify(input);
  const rowSelection = selection.key === listKey ? selection.rows : {};
  const onRowSelectionChange = (updater: Updater<RowSelectionState>) =>
    setSelection({ key: listKey, rows: typeof updater === "function" ? updater(rowSelection) : updater });

  const selectable = viewer.assign || viewer.setStatus || viewer.update;
  const columns = useTicketColumns({ selectable, showRequester: viewer.seesAll, search: params.q });

  // "Best match first" is no column's order.
  const sorting: SortingState = params.sort === "relevance" ? [] : [{ id: params.sort, desc: params.dir === "desc" }];
  const onSortingChange = (updater: Updater<SortingState>) => {
    const [next] = typeof updater === "function" ? updater(sorting) : updater;
    if (!next) return;
    void setParams({ sort: next.id as TicketsSearchParams["sort"], dir: next.desc ? "desc" : "asc", after: null });
  };

  const table = useReactTable({
    data: tickets.data?.items ?? [],
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    enableRowSelection: selectable,
    state: { sorting, columnVisibility, rowSelection },
    onSortingChange,
    onColumnVisibilityChange: setColumnVisibility,
    onRowSelectionChange,
  });

  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id]);
  const clearSelection = () => setSelection({ key: listKey, rows: {} });

  // Someone else's change refreshes the list at once, unless rows are selected: then the rows stay
  // put until the viewer asks for the changes.
  const utils = api.useUtils();
  const [waiting, setWaiting] = useState(false);
  const showChanges = () => {
    setWaiting(false);
    void utils.tickets.list.invalidate();
  };
  const latestChange = useTicketChanges(viewer.id, () => {
    if (selectedIds.length > 0) setWaiting(true);
    else showChanges();
  });

  return (
    <div className="grid gap-4">
      <TicketsToolbar params={params} setParams={setParams} table={table} viewer={viewer} />
      {selectable && selectedIds.length > 0 && (
        <BulkActionsBar ids={selectedIds} viewer={viewer} onDone={clearSelection} />
      )}
      {tickets.error ? (
        <Alert variant="destructive" role="alert">
          <AlertCircle aria-hidden />
          <AlertDescription>
            {t("list.loadError", { error: describeApiError(tickets.error) })}
            <Button type="button" variant="outline" size="sm" onClick={() => void setParams(null)}>
              {t("list.resetTable")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : (
        <div className="grid gap-2">
          <LiveChangeCue change={latestChange} onShow={waiting ? showChanges : undefined} />
          <div className="overflow-hidden rounded-lg border">
            <DataTable
              table={table}
              label={t("list.label")}
              loading={tickets.isPending}
              refreshing={tickets.isPlaceholderData}
              skeletonRows={Math.min(params.size, 10)}
              empty={
                hasTicketFilters(params) ? (
                  <EmptyState
                    icon={SearchX}
                    title={t("list.noMatchTitle")}
                    description={t("list.noMatchDescription")}
                    action={
                      <Button type="button" variant="outline" size="sm" onClick={() => void setParams(FILTER_RESET)}>
                        {t("list.clearFilters")}
                      </Button>
                    }
                  />
                ) : (
                  <EmptyState
                    icon={Inbox}
                    title={t("list.emptyTitle")}
                    description={viewer.create ? t("list.emptyDescription") : undefined}
                  />
                )
              }
            />
          </div>
        </div>
      )}
      <KeysetPagination
        noun={t("list.noun")}
        pluralNoun={t("list.pluralNoun")}
        page={cursorStack.page(params.after)}
        rowsOnPage={tickets.data?.items.length ?? 0}
        hasNext={Boolean(tickets.data?.nextCursor)}
        pageSize={params.size}
        disabled={tickets.isFetching}
        onFirst={() => void setParams({ after: null })}
        onPrevious={() => void setParams({ after: cursorStack.previous(params.after) })}
        onNext={() =>
          tickets.data?.nextCursor && void setParams({ after: cursorStack.next(params.after, tickets.data.nextCursor) })
        }
        onPageSizeChange={(size) => void setParams({ size, after: null })}
      />
    </div>
  );
}
