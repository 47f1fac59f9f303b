// Building blocks of the output schemas (`.output()`): they document what a procedure returns in the
// OpenAPI document and guard it (fields not named here never leave the server). docs/api.md.
import { z } from "zod";

/** A timestamp: a Date in tRPC (superjson), an ISO 8601 string on REST. */
export const dateTime = z.date().meta({ format: "date-time", example: "2026-12-05T09:30:00.000Z" });

export const uuid = z.uuid().meta({ example: "0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59" });

/** A page of a list: `nextCursor` goes back as `cursor` for the next page, null on the last one. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Someone named in another object (requester, assignee, author, sender…). */
export const personSchema = z
  .object({ id: uuid, fullName: z.string().meta({ example: "Sofía Martínez" }), avatarColor: z.string() })
  .meta({ id: "Person" });

/** A catalog entry, organization or location named in another object. */
export const namedSchema = z.object({ id: uuid, name: z.string() });
