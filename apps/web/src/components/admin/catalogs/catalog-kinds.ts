import {
  categoryCreateSchema,
  criticalityCreateSchema,
  priorityCreateSchema,
  problemTypeCreateSchema,
  statusCreateSchema,
  type CatalogName,
  type StatusCategory,
} from "@soporte/api/schemas";
import type { z } from "zod";

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
  catalog: CatalogName;
  /** The tab: "Statuses". */
  title: string;
  /** "status": in "New status", "Edit status"… */
  noun: string;
  description: string;
  /** The API's create schema, which the form validates with. */
  schema: z.ZodType<CatalogFormValues, CatalogFormValues>;
  /** The catalog's own fields, in form order. */
  fields: readonly CatalogField[];
  /** Whether one item is the default (new tickets get it). */
  hasDefault: boolean;
};

export const CATALOG_KINDS: readonly CatalogKind[] = [
  {
    catalog: "statuses",
    title: "Statuses",
    noun: "status",
    description:
      "The steps a ticket goes through. Each counts as open, pending, resolved or closed for lists, SLAs and statistics.",
    schema: statusCreateSchema,
    fields: ["category", "color", "isDefault"],
    hasDefault: true,
  },
  {
    catalog: "priorities",
    title: "Priorities",
    noun: "priority",
    description: "How urgent a ticket is. Each sets the SLA targets: time to the first response and to resolution.",
    schema: priorityCreateSchema,
    fields: ["responseMinutes", "resolutionMinutes", "color", "isDefault"],
    hasDefault: true,
  },
  {
    catalog: "criticalities",
    title: "Criticality",
    noun: "criticality level",
    description: "How much of the business a problem affects.",
    schema: criticalityCreateSchema,
    fields: ["color"],
    hasDefault: false,
  },
  {
    catalog: "categories",
    title: "Categories",
    noun: "category",
    description: "The areas tickets are about. Problem types belong to a category.",
    schema: categoryCreateSchema,
    fields: ["description"],
    hasDefault: false,
  },
  {
    catalog: "problemTypes",
    title: "Problem types",
    noun: "problem type",
    description: "Common problems within a category, for quicker triage and statistics.",
    schema: problemTypeCreateSchema,
    fields: ["categoryId"],
    hasDefault: false,
  },
];

export const STATUS_CATEGORY_LABELS: Record<StatusCategory, string> = {
  open: "Open",
  pending: "Pending",
  resolved: "Resolved",
  closed: "Closed",
};
