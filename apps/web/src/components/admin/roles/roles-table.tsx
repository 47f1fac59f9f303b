"use client";

import { getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { AlertCircle, ShieldCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/data-table/empty-state";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { DeleteRoleDialog } from "./delete-role-dialog";
import { roleColumns } from "./roles-columns";
import type { Role } from "./role-types";

/** Every role with its member count; built-in roles first. */
export function RolesTable() {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("admin.roles");
  const roles = api.roles.list.useQuery();
  const [deleting, setDeleting] = useState<Role | null>(null);
  const columns = useMemo(() => roleColumns(t, setDeleting), [t]);
  const table = useReactTable({
    data: roles.data?.items ?? [],
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
  });

  if (roles.error) {
    return (
      <Alert variant="destructive" role="alert">
        <AlertCircle aria-hidden />
        <AlertDescription>{t("table.loadError", { error: describeApiError(roles.error) })}</AlertDescription>
      </Alert>
    );
  }
  return (
    <>
      <div className="overflow-hidden rounded-lg border">
        <DataTable
          table={table}
          label={t("table.label")}
          loading={roles.isPending}
          skeletonRows={4}
          empty={
            <EmptyState icon={ShieldCheck} title={t("table.emptyTitle")} description={t("table.emptyDescription")} />
          }
        />
      </div>
      <DeleteRoleDialog role={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
