"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy, useMemo, useState } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Deferred } from "@/components/ui/deferred";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { deleteOutcome } from "./delete-outcome";
import type { DirectoryConfig, DirectoryEntry } from "./directory-config";
import type { DirectoryFormDialog as DirectoryFormDialogType } from "./directory-form-dialog";
import { directoryColumns } from "./directory-columns";
import { DirectoryList } from "./directory-list";
import { directoryListInput, useDirectorySearchParams } from "./directory-search-params";

// The entry form loads when first opened (ui/deferred.tsx), with react-hook-form and the schemas.
const loadDirectoryFormDialog = () => import("./directory-form-dialog");
const DirectoryFormDialog = lazy(() =>
  loadDirectoryFormDialog().then((m) => ({ default: m.DirectoryFormDialog })),
) as unknown as typeof DirectoryFormDialogType;

/** An admin directory page (organizations, locations): search, create / edit, (de)activate and delete. */
export function DirectoryAdmin<F extends string, T extends DirectoryEntry<F>>({
  config,
}: {
  config: DirectoryConfig<F, T>;
}) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("audit");
  const toastT = useTranslations("audit.directory.toast");
  const { procedures, kind, field } = config;
  const utils = api.useUtils();
  const [params, setParams] = useDirectorySearchParams();
  const [editing, setEditing] = useState<T | "new" | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);

  const list = procedures.list.useQuery(directoryListInput(params), { placeholderData: keepPreviousData });
  const update = procedures.update.useMutation({
    onSuccess: (saved) =>
      toast.success(
        t(saved.active ? "directory.toast.activated" : "directory.toast.deactivated", { name: saved.name }),
      ),
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: () => config.invalidate(utils),
  });
  const remove = procedures.delete.useMutation({
    onSuccess: (result) => deleting && toast.success(deleteOutcome(toastT, deleting.name, result, deleting._count)),
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
          label: t(field.label),
          className: field.className,
          cell: (row) => row[field.name] || <span className="text-muted-foreground">—</span>,
        },
        t,
        onAction: (action, row) => {
          if (action === "edit") setEditing(row);
          else if (action === "delete") setDeleting(row);
          else update.mutate({ id: row.id, active: !row.active });
        },
      }),
    // `mutate` is stable, and so is the config; `t` changes with the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t],
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
        title={t(`${kind}.title`)}
        description={t(`${kind}.description`)}
        actions={
          <Button type="button" onClick={() => setEditing("new")}>
            <Plus aria-hidden />
            {t(`${kind}.new`)}
          </Button>
        }
      />
      <DirectoryList table={table} params={params} setParams={setParams} query={list} kind={kind} icon={config.icon} />
      <Deferred when={editing !== null} preload={loadDirectoryFormDialog}>
        <DirectoryFormDialog config={config} entry={editing} onClose={() => setEditing(null)} />
      </Deferred>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={deleting ? t("directory.deleteDialog.title", { name: deleting.name }) : t(`${kind}.deleteThis`)}
        description={t("directory.deleteDialog.description")}
        confirmLabel={t(`${kind}.delete`)}
        pending={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
      />
    </>
  );
}
