"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { Plus } from "lucide-react";
import { useMemo, useState } from "react";
import { cursorStack } from "@/components/data-table/cursor-stack";
import { activeFilter } from "@/components/data-table/search-params";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/sonner";
import { describeApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { deleteOutcome } from "./delete-outcome";
import type { DirectoryConfig, DirectoryEntry } from "./directory-config";
import { directoryColumns } from "./directory-columns";
import { DirectoryFormDialog } from "./directory-form-dialog";
import { DirectoryList } from "./directory-list";
import { useDirectorySearchParams } from "./directory-search-params";

/** An admin directory page (organizations, locations): search, create / edit, (de)activate and delete. */
export function DirectoryAdmin<F extends string, T extends DirectoryEntry<F>>({
  config,
}: {
  config: DirectoryConfig<F, T>;
}) {
  const { procedures, noun, field } = config;
  const utils = api.useUtils();
  const [params, setParams] = useDirectorySearchParams();
  const [editing, setEditing] = useState<T | "new" | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);

  const list = procedures.list.useQuery(
    {
      limit: params.size,
      cursor: cursorStack.current(params.after),
      search: params.q || undefined,
      active: activeFilter(params.status),
    },
    { placeholderData: keepPreviousData },
  );
  const update = procedures.update.useMutation({
    onSuccess: (saved) =>
      toast.success(saved.active ? `${saved.name} was activated.` : `${saved.name} was deactivated.`),
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: () => config.invalidate(utils),
  });
  const remove = procedures.delete.useMutation({
    onSuccess: (result) => deleting && toast.success(deleteOutcome(deleting.name, result, deleting._count)),
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: async () => {
      setDeleting(null);
      await config.invalidate(utils);
    },
  });

  const columns = useMemo(
    () =>
      directoryColumns<T>({
        detail: {
          id: field.name,
          label: field.label,
          className: field.className,
          cell: (row) => row[field.name] || <span className="text-muted-foreground">—</span>,
        },
        onAction: (kind, row) => {
          if (kind === "edit") setEditing(row);
          else if (kind === "delete") setDeleting(row);
          else update.mutate({ id: row.id, active: !row.active });
        },
      }),
    // `mutate` is stable, and so is the config.
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
        title={config.title}
        description={config.description}
        actions={
          <Button type="button" onClick={() => setEditing("new")}>
            <Plus aria-hidden />
            {`New ${noun}`}
          </Button>
        }
      />
      <DirectoryList
        table={table}
        params={params}
        setParams={setParams}
        query={list}
        label={config.title}
        noun={`${noun}s`}
        icon={config.icon}
      />
      <DirectoryFormDialog config={config} entry={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete ${deleting?.name ?? `this ${noun}`}?`}
        description="If users or tickets refer to it, it is deactivated instead, so their history keeps its name."
        confirmLabel={`Delete ${noun}`}
        pending={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
      />
    </>
  );
}
