"use client";

import type { Table } from "@tanstack/react-table";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DebouncedSearch } from "@/components/data-table/debounced-search";
import { ViewOptions } from "@/components/data-table/view-options";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { api } from "@/trpc/react";
import { DirectoryOptions } from "../directory-options";
import { useLocationOptions, useOrganizationOptions } from "../use-directory-options";
import type { AdminUser } from "./users-columns";
import type { SetUsersSearchParams, UsersSearchParams } from "./users-search-params";

type UsersToolbarProps = {
  params: UsersSearchParams;
  setParams: SetUsersSearchParams;
  table: Table<AdminUser>;
};

/** A new search or filter starts again from the first page. */
const FIRST_PAGE = { after: null } as const;

export function hasUserFilters(params: UsersSearchParams): boolean {
  return Boolean(params.q || params.role || params.status || params.org || params.loc);
}

export function UsersToolbar({ params, setParams, table }: UsersToolbarProps) {
  const t = useTranslations("admin.users.toolbar");
  const roles = api.roles.list.useQuery(undefined, { staleTime: 60_000 });
  const organizations = useOrganizationOptions();
  const locations = useLocationOptions();

  return (
    <div className="flex flex-col gap-3 lg:flex-row lg:flex-wrap lg:items-center">
      <DebouncedSearch
        label={t("search")}
        placeholder={t("searchPlaceholder")}
        value={params.q}
        onSearch={(q) => void setParams({ q: q || null, ...FIRST_PAGE })}
        className="w-full lg:w-64"
      />
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-center">
        <Filter name="Role">
          <NativeSelect
            aria-label={t("filterByRole")}
            value={params.role ?? ""}
            disabled={!roles.data}
            onChange={(event) => void setParams({ role: event.target.value || null, ...FIRST_PAGE })}
          >
            <option value="">{t("allRoles")}</option>
            {roles.data?.items.map((role) => (
              <option key={role.id} value={role.id}>
                {role.name}
              </option>
            ))}
          </NativeSelect>
        </Filter>
        <Filter name="Status">
          <NativeSelect
            aria-label={t("filterByStatus")}
            value={params.status ?? ""}
            onChange={(event) => {
              const value = event.target.value;
              void setParams({ status: value === "active" || value === "inactive" ? value : null, ...FIRST_PAGE });
            }}
          >
            <option value="">{t("anyStatus")}</option>
            <option value="active">{t("active")}</option>
            <option value="inactive">{t("disabled")}</option>
          </NativeSelect>
        </Filter>
        <Filter name="Organization">
          <NativeSelect
            aria-label={t("filterByOrganization")}
            value={params.org ?? ""}
            onChange={(event) => void setParams({ org: event.target.value || null, ...FIRST_PAGE })}
          >
            <option value="">{t("allOrganizations")}</option>
            <DirectoryOptions options={organizations.options} includeInactive />
          </NativeSelect>
        </Filter>
        <Filter name="Location">
          <NativeSelect
            aria-label={t("filterByLocation")}
            value={params.loc ?? ""}
            onChange={(event) => void setParams({ loc: event.target.value || null, ...FIRST_PAGE })}
          >
            <option value="">{t("allLocations")}</option>
            <DirectoryOptions options={locations.options} includeInactive />
          </NativeSelect>
        </Filter>
        {hasUserFilters(params) && (
          <Button
            type="button"
            variant="ghost"
            className="h-9"
            onClick={() => void setParams({ q: null, role: null, status: null, org: null, loc: null, ...FIRST_PAGE })}
          >
            {t("reset")}
            <X aria-hidden />
          </Button>
        )}
      </div>
      <div className="lg:ml-auto">
        <ViewOptions table={table} />
      </div>
    </div>
  );
}

/** `name` tags the filter in the DOM (`data-filter`); it is not shown. */
function Filter({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="min-w-0 sm:w-48" data-filter={name}>
      {children}
    </div>
  );
}
