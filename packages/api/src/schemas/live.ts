import { z } from "zod";

/** A subscription's input: the id of the last event the client received, to resume after it. */
export const subscriptionSchema = z
  .object({
    lastEventId: z
      .string()
      .regex(/^\d{1,19}$/, "an event id")
      .nullish(),
  })
  .optional();
