import { commentCreateSchema, commentUpdateSchema } from "@soporte/api/schemas";

// The comment forms' schemas: loaded with their first validation (`useZodResolver`), not with the ticket's page.

/** A reply or an internal note. */
export const composerSchema = commentCreateSchema.pick({ body: true, internal: true });

/** A comment's text, edited. */
export const editCommentSchema = commentUpdateSchema.pick({ body: true });
