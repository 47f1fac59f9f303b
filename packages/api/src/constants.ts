// The lists (and one helper) that the schemas are built on and that the web pages need themselves.
// A module of its own, free of zod, so that a page can import them without loading the schemas.
// The schemas re-export them: `@soporte/api/schemas` stays the one place to import from on the server.

/** A password's length limits. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

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

/**
 * Why a rule checked after parsing refused a field (`fieldError`): a stable key that clients translate
 * (the web app's `errors.fields` catalogue), beside the English message. `kind` names the thing a
 * shared rule is about. Input validation has reasons of its own (`ISSUE_REASONS`).
 */
export const FIELD_ERROR_REASONS = [
  "emailTaken",
  "usernameTaken",
  "passwordHasIdentity",
  "passwordCommon",
  "passwordRepeated",
  "currentPasswordWrong",
  "passwordUnchanged",
  "nameTaken", // { kind }
  "notFound", // { kind }
  "inactive", // { kind }
  "defaultRequired", // { kind }
  "defaultCannotDeactivate", // { kind }
  "defaultInactive", // { kind }
  "orderIncomplete", // { kind }
  "problemTypeOtherCategory",
  "assigneeNotStaff",
  "requesterInactive",
  "builtInRoleRename",
  "adminRoleEssentials", // { permissions }
  "rangeReversed",
  "rangeTooLong", // { maximum }
  "replyElsewhere",
  "recipientSelf",
  "invalidCursor",
  "invalid",
] as const;
export type FieldErrorReason = (typeof FIELD_ERROR_REASONS)[number];

/** The reasons of input validation issues (`fieldIssues`): `tooShort` with `minimum`, and so on. */
export const ISSUE_REASONS = [
  "tooShort",
  "tooLong",
  "tooFew",
  "tooMany",
  "tooSmall",
  "tooLarge",
  "invalidEmail",
  "invalid",
] as const;

/** What a reason is about, for `kind`: the catalogs, the directory, roles, saved views and people. */
export const FIELD_ERROR_KINDS = [
  "status",
  "priority",
  "criticality",
  "category",
  "problemType",
  "organization",
  "location",
  "role",
  "view",
  "user",
] as const;
export type FieldErrorKind = (typeof FIELD_ERROR_KINDS)[number];
