"use client";

import { keepPreviousData } from "@tanstack/react-query";
import {
  getCoreRowModel,
  useReactTable,
  type SortingState,
  type Updater,
  type VisibilityState,
} from "@tanstack/react-table";
import { AlertCircle, SearchX, UsersRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { cursorStack } from "@/components/data-table/cursor-stack";
import { DataTable } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/data-table/empty-state";
import { KeysetPagination } from "@/components/data-table/keyset-pagination";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Deferred } from "@/components/ui/deferred";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { DeleteUserDialog } from "./delete-user-dialog";
import { DisableUserDialog } from "./disable-user-dialog";
import { EditUserSheet, loadEditUserSheet, loadResetPasswordDialog, ResetPasswordDialog } from "./lazy-user-forms";
import { useRefreshUser } from "./use-refresh-user";
import type { UserActionKind } from "./user-row-actions";
import { userColumns, type AdminUser } from "./users-columns";
import { userListInput, useUsersSearchParams } from "./users-search-params";
import { hasUserFilters, UsersToolbar } from "./users-toolbar";

type RowAction = { kind: Exclude<UserActionKind, "enable">; user: AdminUser };

/** Users with server-side search, filters, sorting and keyset pagination, all kept in the URL. */
export function UsersTable() {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("admin.users");
  const [params, setParams] = useUsersSearchParams();
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>({ username: false, location: false });
  const [action, setAction] = useState<RowAction | null>(null);
  const refresh = useRefreshUser();

  const users = api.users.list.useQuery(userListInput(params), { placeholderData: keepPreviousData });

  const enable = api.users.setActive.useMutation({
    onSuccess: (saved) => toast.success(t("table.enabled", { name: saved.fullName })),
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: (_data, _error, input) => refresh(input.id),
  });

  const columns = useMemo(
    () =>
      userColumns(t, (kind, user) => {
        if (kind === "enable") enable.mutate({ id: user.id, active: true });
        else setAction({ kind, user });
      }),
    // `mutate` is stable; the columns need not change with the mutation's state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t],
  );

  const sorting: SortingState = [{ id: params.sort, desc: params.dir === "desc" }];
  const onSortingChange = (updater: Updater<SortingState>) => {
    const [next] = typeof updater === "function" ? updater(sorting) : updater;
    if (!next) return;
    const sort = next.id as typeof params.sort;
    void setParams({ sort, dir: next.desc ? "desc" : "asc", after: null });
  };

  const table = useReactTable({
    data: users.data?.items ?? [],
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, columnVisibility },
    onSortingChange,
    onColumnVisibilityChange: setColumnVisibility,
  });

  const filtered = hasUserFilters(params);
  const close = () => setAction(null);
  const target = (kind: RowAction["kind"]) => (action?.kind === kind ? action.user : null);

  return (
    <div className="grid gap-4">
      <UsersToolbar params={params} setParams={setParams} table={table} />
      {users.error ? (
        <Alert variant="destructive" role="alert">
          <AlertCircle aria-hidden />
          <AlertDescription>
            {t("table.loadError", { error: describeApiError(users.error) })}
            <Button type="button" variant="outline" size="sm" onClick={() => void setParams(null)}>
              {t("table.resetTable")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : (
        <div className="overflow-hidden rounded-lg border">
          <DataTable
            table={table}
            label={t("table.label")}
            loading={users.isPending}
            refreshing={users.isPlaceholderData}
            skeletonRows={Math.min(params.size, 10)}
            empty={
              filtered ? (
                <EmptyState
                  icon={SearchX}
                  title={t("table.noMatchTitle")}
                  description={t("table.noMatchDescription")}
                  action={
                    <Button
                      type="button"
                      variant="outline"
                      size="sm"
                      onClick={() =>
                        void setParams({ q: null, role: null, status: null, org: null, loc: null, after: null })
                      }
                    >
                      {t("table.clearFilters")}
                    </Button>
                  }
                />
              ) : (
                <EmptyState icon={UsersRound} title={t("table.emptyTitle")} description={t("table.emptyDescription")} />
              )
            }
          />
        </div>
      )}
      <KeysetPagination
        noun={t("table.noun")}
        pluralNoun={t("table.pluralNoun")}
        page={cursorStack.page(params.after)}
        rowsOnPage={users.data?.items.length ?? 0}
        hasNext={Boolean(users.data?.nextCursor)}
        pageSize={params.size}
        disabled={users.isFetching}
        onFirst={() => void setParams({ after: null })}
        onPrevious={() => void setParams({ after: cursorStack.previous(params.after) })}
        onNext={() =>
          users.data?.nextCursor && void setParams({ after: cursorStack.next(params.after, users.data.nextCursor) })
        }
        onPageSizeChange={(size) => void setParams({ size, after: null })}
      />
      <Deferred when={action?.kind === "edit"} preload={loadEditUserSheet}>
        <EditUserSheet user={target("edit")} onClose={close} />
      </Deferred>
      <DisableUserDialog user={target("disable")} onClose={close} />
      <Deferred when={action?.kind === "reset-password"} preload={loadResetPasswordDialog}>
        <ResetPasswordDialog user={target("reset-password")} onClose={close} />
      </Deferred>
      <DeleteUserDialog user={target("delete")} onClose={close} />
    </div>
  );
}
