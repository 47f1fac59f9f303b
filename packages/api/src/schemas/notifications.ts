import { z } from "zod";

export const notificationListSchema = z.object({
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(50).default(20),
});
