import type { CatalogName, StatusCategory } from "@soporte/api/constants";
import type { z } from "zod";
import { apiSchema } from "@/components/ui/use-zod-resolver";

/** Any catalog item as `catalogs.list` returns it: the fields only some catalogs have are optional. */
export type CatalogRow = {
  id: string;
  name: string;
  nameEs: string;
  active: boolean;
  position: number;
  category?: StatusCategory;
  color?: string;
  isDefault?: boolean;
  responseMinutes?: number;
  resolutionMinutes?: number;
  description?: string | null;
  categoryId?: string | null;
};

/** What the create / edit form holds: every field a catalog may have. */
export type CatalogFormValues = {
  name: string;
  nameEs: string;
  category?: StatusCategory;
  color?: string;
  isDefault?: boolean;
  responseMinutes?: number;
  resolutionMinutes?: number;
  description?: string;
  categoryId?: string | null;
};

export type CatalogField = Exclude<keyof CatalogFormValues, "name" | "nameEs">;

export type CatalogKind = {
  /** Also the key of its texts in the catalogue (`audit.catalogs.kinds.<catalog>`: title, description, "New …"). */
  catalog: CatalogName;
  /** Loads the API's create schema, which the form validates with. */
  loadSchema: () => Promise<z.ZodType<CatalogFormValues, CatalogFormValues>>;
  /** The catalog's own fields, in form order. */
  fields: readonly CatalogField[];
  /** Whether one item is the default (new tickets get it). */
  hasDefault: boolean;
};

export const CATALOG_KINDS: readonly CatalogKind[] = [
  {
    catalog: "statuses",
    loadSchema: apiSchema("statusCreateSchema"),
    fields: ["category", "color", "isDefault"],
    hasDefault: true,
  },
  {
    catalog: "priorities",
    loadSchema: apiSchema("priorityCreateSchema"),
    fields: ["responseMinutes", "resolutionMinutes", "color", "isDefault"],
    hasDefault: true,
  },
  {
    catalog: "criticalities",
    loadSchema: apiSchema("criticalityCreateSchema"),
    fields: ["color"],
    hasDefault: false,
  },
  {
    catalog: "categories",
    loadSchema: apiSchema("categoryCreateSchema"),
    fields: ["description"],
    hasDefault: false,
  },
  {
    catalog: "problemTypes",
    loadSchema: apiSchema("problemTypeCreateSchema"),
    fields: ["categoryId"],
    hasDefault: false,
  },
];
