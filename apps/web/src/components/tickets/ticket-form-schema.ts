import type { RouterInputs } from "@soporte/api";
import { tagsSchema, ticketCreateSchema } from "@soporte/api/schemas";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { z } from "zod";

/** A picker's "default" / "none" is the empty string in the form. */
const optionalId = z.union([z.literal(""), z.uuid()]);
const orUndefined = (id: string) => (id === "" ? undefined : id);

/** The messages the tags field writes itself, in the page's language (`useTagsMessages`). */
export type TagsMessages = { tooLong: string; invalid: string };

export function useTagsMessages(): TagsMessages {
  const t = useTranslations("tickets.tags");
  return useMemo(() => ({ tooLong: t("tooLong"), invalid: t("invalid") }), [t]);
}

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

export function splitTags(text: string): string[] {
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
type NewTicketFormSchema = ReturnType<typeof newTicketFormSchema>;
export type NewTicketFormValues = z.input<NewTicketFormSchema>;

export const NEW_TICKET_DEFAULTS: NewTicketFormValues = {
  title: "",
  description: "",
  categoryId: "",
  problemTypeId: "",
  priorityId: "",
  criticalityId: "",
  locationId: "",
  requesterId: "",
  tags: "",
};

/** Empty pickers are left out, so the API applies its defaults (priority, the requester's location, oneself). */
export function toCreateInput(values: z.output<NewTicketFormSchema>): RouterInputs["tickets"]["create"] {
  return {
    title: values.title,
    description: values.description,
    categoryId: orUndefined(values.categoryId),
    problemTypeId: orUndefined(values.problemTypeId),
    priorityId: orUndefined(values.priorityId),
    criticalityId: orUndefined(values.criticalityId),
    locationId: orUndefined(values.locationId),
    requesterId: orUndefined(values.requesterId),
    tags: values.tags,
  };
}
