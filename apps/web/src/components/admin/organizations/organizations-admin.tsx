"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { Building2, Plus } from "lucide-react";
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
import { OrganizationFormDialog, type OrganizationItem } from "./organization-form-dialog";

/** /admin/organizations: client companies, with search, create / edit, (de)activate and delete. */
export function OrganizationsAdmin() {
  const utils = api.useUtils();
  const [params, setParams] = useDirectorySearchParams();
  const [editing, setEditing] = useState<OrganizationItem | "new" | null>(null);
  const [deleting, setDeleting] = useState<OrganizationItem | null>(null);

  const list = api.organizations.list.useQuery(
    {
      limit: params.size,
      cursor: cursorStack.current(params.after),
      search: params.q || undefined,
      active: activeFilter(params.status),
    },
    { placeholderData: keepPreviousData },
  );
  const update = api.organizations.update.useMutation({
    onSuccess: (saved) =>
      toast.success(saved.active ? `${saved.name} was activated.` : `${saved.name} was deactivated.`),
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: () => utils.organizations.invalidate(),
  });
  const remove = api.organizations.delete.useMutation({
    onSuccess: (result) => deleting && toast.success(deleteOutcome(deleting.name, result, deleting._count)),
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: async () => {
      setDeleting(null);
      await utils.organizations.invalidate();
    },
  });

  const columns = useMemo(
    () =>
      directoryColumns<OrganizationItem>({
        detail: {
          id: "domain",
          label: "Domain",
          cell: (row) => row.domain || <span className="text-muted-foreground">—</span>,
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
        title="Organizations"
        description="Client companies. One in use by users or tickets is deactivated rather than deleted."
        actions={
          <Button type="button" onClick={() => setEditing("new")}>
            <Plus aria-hidden />
            New organization
          </Button>
        }
      />
      <DirectoryList
        table={table}
        params={params}
        setParams={setParams}
        query={list}
        label="Organizations"
        noun="organizations"
        icon={Building2}
      />
      <OrganizationFormDialog organization={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete ${deleting?.name ?? "this organization"}?`}
        description="If users or tickets refer to it, it is deactivated instead, so their history keeps its name."
        confirmLabel="Delete organization"
        pending={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
      />
    </>
  );
}
