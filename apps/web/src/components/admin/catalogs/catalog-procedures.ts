"use client";

import type { CatalogName } from "@soporte/api/constants";
import { api } from "@/trpc/react";
import type { CatalogFormValues, CatalogRow } from "./catalog-kinds";

type Handlers<T> = {
  onSuccess?: (data: T) => unknown;
  onError?: (error: unknown) => unknown;
  onSettled?: () => unknown;
};

/**
 * The calls the admin makes on one catalog's router. The five routers come from one factory, so each
 * is assignable to this as it is.
 */
type CatalogProcedures = {
  create: { useMutation(): { mutateAsync(input: CatalogFormValues): Promise<CatalogRow> } };
  update: { useMutation(): { mutateAsync(input: CatalogFormValues & { id: string }): Promise<CatalogRow> } };
  setActive: {
    useMutation(options: Handlers<CatalogRow>): {
      mutate(input: { id: string; active: boolean }): void;
      isPending: boolean;
    };
  };
  reorder: {
    useMutation(options: Handlers<CatalogRow[]>): { mutate(input: { ids: string[] }): void; isPending: boolean };
  };
};

export function catalogProcedures(catalog: CatalogName): CatalogProcedures {
  const routers: Record<CatalogName, CatalogProcedures> = {
    statuses: api.catalogs.statuses,
    priorities: api.catalogs.priorities,
    criticalities: api.catalogs.criticalities,
    categories: api.catalogs.categories,
    problemTypes: api.catalogs.problemTypes,
  };
  return routers[catalog];
}
