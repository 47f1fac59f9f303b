"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { MapPin, Plus } from "lucide-react";
import { useMemo, useState } from "react";
import { cursorStack } from "@/components/data-table/cursor-stack";
import { activeFilter } from "@/components/data-table/search-params";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/sonner";
import { describeApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { deleteOutcome } from "../directory/delete-outcome";
import { directoryColumns } from "../directory/directory-columns";
import { DirectoryList } from "../directory/directory-list";
import { useDirectorySearchParams } from "../directory/directory-search-params";
import { LocationFormDialog, type LocationItem } from "./location-form-dialog";

/** /admin/locations: sites and departments, with search, create / edit, (de)activate and delete. */
export function LocationsAdmin() {
  const utils = api.useUtils();
  const [params, setParams] = useDirectorySearchParams();
  const [editing, setEditing] = useState<LocationItem | "new" | null>(null);
  const [deleting, setDeleting] = useState<LocationItem | null>(null);

  const list = api.locations.list.useQuery(
    {
      limit: params.size,
      cursor: cursorStack.current(params.after),
      search: params.q || undefined,
      active: activeFilter(params.status),
    },
    { placeholderData: keepPreviousData },
  );
  const update = api.locations.update.useMutation({
    onSuccess: (saved) =>
      toast.success(saved.active ? `${saved.name} was activated.` : `${saved.name} was deactivated.`),
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: () => utils.locations.invalidate(),
  });
  const remove = api.locations.delete.useMutation({
    onSuccess: (result) => deleting && toast.success(deleteOutcome(deleting.name, result, deleting._count)),
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: async () => {
      setDeleting(null);
      await utils.locations.invalidate();
    },
  });

  const columns = useMemo(
    () =>
      directoryColumns<LocationItem>({
        detail: {
          id: "description",
          label: "Description",
          className: "min-w-56 whitespace-normal",
          cell: (row) => row.description || <span className="text-muted-foreground">—</span>,
        },
        onAction: (kind, row) => {
          if (kind === "edit") setEditing(row);
          else if (kind === "delete") setDeleting(row);
          else update.mutate({ id: row.id, active: !row.active });
        },
      }),
    // `mutate` is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const table = useReactTable({
    data: list.data?.items ?? [],
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
  });

  return (
    <>
      <PageHeader
        title="Locations"
        description="Sites, branches and departments. One in use by users or tickets is deactivated rather than deleted."
        actions={
          <Button type="button" onClick={() => setEditing("new")}>
            <Plus aria-hidden />
            New location
          </Button>
        }
      />
      <DirectoryList
        table={table}
        params={params}
        setParams={setParams}
        query={list}
        label="Locations"
        noun="locations"
        icon={MapPin}
      />
      <LocationFormDialog location={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete ${deleting?.name ?? "this location"}?`}
        description="If users or tickets refer to it, it is deactivated instead, so their history keeps its name."
        confirmLabel="Delete location"
        pending={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
      />
    </>
  );
}
