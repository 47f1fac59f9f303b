import { tagsSchema, ticketCreateSchema } from "@soporte/api/schemas";
import { z } from "zod";
import type { TagsMessages } from "./ticket-form";

// The new-ticket form's and the tags editor's schemas: loaded with their first validation
// (`useZodResolver`), not with the page. The form's zod-free parts are in ticket-form.ts.

/** A picker's "default" / "none" is the empty string in the form. */
const optionalId = z.union([z.literal(""), z.uuid()]);

/** "vpn, remote, laptop" → the API's tags, checked by the API's own schema (one message for the field). */
export function tagsTextSchema(messages: TagsMessages) {
  return z
    .string()
    .max(500, messages.tooLong)
    .transform((text, ctx) => {
      const parsed = tagsSchema.safeParse(splitTags(text));
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? messages.invalid });
      return z.NEVER;
    });
}

function splitTags(text: string): string[] {
  return text
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** The API's create schema with the pickers as strings and the tags as one comma-separated field. */
export function newTicketFormSchema(messages: TagsMessages) {
  return ticketCreateSchema.extend({
    categoryId: optionalId,
    problemTypeId: optionalId,
    priorityId: optionalId,
    criticalityId: optionalId,
    locationId: optionalId,
    requesterId: optionalId,
    tags: tagsTextSchema(messages),
  });
}
