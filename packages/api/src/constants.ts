// The lists (and one helper) that the schemas are built on and that the web pages need themselves.
// A module of its own, free of zod, so that a page can import them without loading the schemas.
// The schemas re-export them: `@soporte/api/schemas` stays the one place to import from on the server.

/** The languages a profile may choose. */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGS = ["statuses", "priorities", "criticalities", "categories", "problemTypes"] as const;
export type CatalogName = (typeof CATALOGS)[number];

export const STATUS_CATEGORIES = ["open", "pending", "resolved", "closed"] as const;
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];

export const TICKET_SORTS = ["createdAt", "updatedAt", "number", "priority", "dueAt"] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];
/** The orders of the ticket list: the sorts, and with a search the best matches first. */
export const TICKET_ORDERS = [...TICKET_SORTS, "relevance"] as const;
export type TicketOrder = (typeof TICKET_ORDERS)[number];

export const USER_SORTS = ["createdAt", "fullName", "email", "username"] as const;

/** A search for `#1042` or `1042`: the ticket number it names (search finds that ticket first; the web opens it). */
export function ticketNumberIn(search: string): number | undefined {
  const digits = search.trim().match(/^#?(\d{1,9})$/)?.[1];
  return digits ? Number(digits) : undefined;
}
