import type { RouterInputs } from "@soporte/api";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { z } from "zod";
import type { newTicketFormSchema } from "./ticket-form-schema";

const orUndefined = (id: string) => (id === "" ? undefined : id);

/** The messages the tags field writes itself, in the page's language (`useTagsMessages`). */
export type TagsMessages = { tooLong: string; invalid: string };

export function useTagsMessages(): TagsMessages {
  const t = useTranslations("tickets.tags");
  return useMemo(() => ({ tooLong: t("tooLong"), invalid: t("invalid") }), [t]);
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
