import type { Prisma } from "@soporte/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import type { AuthSession } from "../auth/session-user";
import { hasPermission } from "../auth/session-user";
import { decodeCursor, keysetAfter, pageOf } from "../lib/pagination";
import { unitOfWork, type Tx } from "../lib/unit-of-work";
import { idSchema } from "../schemas/auth";
import { commentCreateSchema, commentListSchema, commentUpdateSchema } from "../schemas/helpdesk";
import { commentDeletedSchema, commentPageSchema, commentSchema } from "../schemas/outputs/helpdesk";
import { isStaff, readsInternalNotes, ticketScope } from "../services/helpdesk/ticket-scope";
import { findVisibleTicket, personSelect } from "../services/helpdesk/tickets";
import { protectedProcedure } from "../trpc";

const commentSelect = {
  id: true,
  ticketId: true,
  body: true,
  internal: true,
  createdAt: true,
  editedAt: true,
  author: { select: personSelect },
} as const satisfies Prisma.CommentSelect;

/** Comments the caller may read: on tickets they see, internal notes only with the permission. */
function visibleComments(auth: AuthSession): Prisma.CommentWhereInput {
  return { ticket: ticketScope(auth), ...(readsInternalNotes(auth) ? {} : { internal: false }) };
}

async function findVisibleComment(tx: Tx, auth: AuthSession, id: string) {
  const comment = await tx.comment.findFirst({
    where: { id, ...visibleComments(auth) },
    select: { ...commentSelect, ticket: { select: { number: true } } },
  });
  if (!comment) throw new TRPCError({ code: "NOT_FOUND", message: "No such comment." });
  return comment;
}

export const commentsRouter = {
  /** The conversation of a ticket, oldest first. */
  list: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/tickets/{ticketId}/comments",
        tags: ["comments"],
        summary: "A ticket's comments",
        description:
          "Any signed-in user, on a ticket they may see (with `tickets.read.all` every ticket; otherwise those " +
          "they requested or are assigned, and their organization's with `tickets.read.organization`; NOT_FOUND " +
          "for any other). The replies and notes, oldest first; internal notes only with `tickets.internal`. " +
          "Paging: `limit` (1–200, default 100); pass the answer's `nextCursor` back as `cursor` for the next " +
          "page (null on the last).",
        protect: true,
      },
    })
    .input(commentListSchema)
    .output(commentPageSchema)
    .query(async ({ ctx, input }) => {
      await findVisibleTicket(ctx.db, ctx.auth, { id: input.ticketId }, { id: true });
      const cursor = input.cursor ? decodeCursor(input.cursor, "date") : null;
      const rows = await ctx.db.comment.findMany({
        where: {
          AND: [
            { ticketId: input.ticketId },
            visibleComments(ctx.auth),
            cursor ? keysetAfter("createdAt", "asc", cursor) : {},
          ],
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: input.limit + 1,
        select: commentSelect,
      });
      return pageOf(rows, input.limit, (row) => row.createdAt);
    }),

  /**
   * A public reply or, with `tickets.internal`, an internal note. Whoever sees a ticket may reply to
   * it. The first public reply of staff other than the requester is the ticket's first response.
   */
  create: protectedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/tickets/{ticketId}/comments",
        tags: ["comments"],
        summary: "Reply to a ticket",
        description:
          "Any signed-in user, on a ticket they may see (NOT_FOUND otherwise). Body: `body`, and `internal: true` " +
          "for an internal note, which needs `tickets.internal` (FORBIDDEN otherwise) and is never shown to " +
          "requesters. The first public reply of staff other than the requester is the ticket's first response " +
          "(its SLA). Returns the new comment.",
        protect: true,
      },
    })
    .input(commentCreateSchema)
    .output(commentSchema)
    .mutation(async ({ ctx, input }) => {
      if (input.internal && !readsInternalNotes(ctx.auth)) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: 'You need the "tickets.internal" permission to write internal notes.',
        });
      }
      return unitOfWork(ctx, async ({ tx, record }) => {
        const ticket = await findVisibleTicket(
          tx,
          ctx.auth,
          { id: input.ticketId },
          { id: true, number: true, firstResponseAt: true, requester: { select: { id: true } } },
        );
        const comment = await tx.comment.create({
          data: { ticketId: ticket.id, authorId: ctx.auth.user.id, body: input.body, internal: input.internal },
          select: commentSelect,
        });
        const responds =
          !input.internal && !ticket.firstResponseAt && isStaff(ctx.auth) && ticket.requester.id !== ctx.auth.user.id;
        await tx.ticket.update({
          where: { id: ticket.id },
          data: { updatedAt: comment.createdAt, ...(responds ? { firstResponseAt: comment.createdAt } : {}) },
        });
        await record({
          action: "comment.create",
          entityType: "comment",
          entityId: comment.id,
          ticketId: ticket.id,
          internal: comment.internal,
          changes: {
            body: { before: null, after: comment.body },
            ...(responds ? { firstResponseAt: { before: null, after: comment.createdAt } } : {}),
          },
          event: { number: ticket.number },
        });
        return comment;
      });
    }),

  /** Authors edit their own comments; the comment is then marked edited. */
  update: protectedProcedure
    .meta({
      openapi: {
        method: "PATCH",
        path: "/comments/{id}",
        tags: ["comments"],
        summary: "Edit a comment",
        description:
          "Its author only (FORBIDDEN for anyone else who may read it), on a ticket they may still see; a comment " +
          "the caller may not read (another requester's ticket, an internal note without `tickets.internal`) is " +
          "NOT_FOUND. Body: `body`, the new text. The comment is then marked edited (`editedAt`), unless the text " +
          "did not change. Returns the comment.",
        protect: true,
      },
    })
    .input(commentUpdateSchema)
    .output(commentSchema)
    .mutation(async ({ ctx, input }) => {
      return unitOfWork(ctx, async ({ tx, record }) => {
        const before = await findVisibleComment(tx, ctx.auth, input.id);
        if (before.author.id !== ctx.auth.user.id)
          throw new TRPCError({ code: "FORBIDDEN", message: "You can only edit your own comments." });
        if (before.body === input.body) return before;
        const comment = await tx.comment.update({
          where: { id: input.id },
          data: { body: input.body, editedAt: new Date() },
          select: commentSelect,
        });
        await record({
          action: "comment.update",
          entityType: "comment",
          entityId: comment.id,
          ticketId: comment.ticketId,
          internal: comment.internal,
          changes: { body: { before: before.body, after: comment.body } },
          event: { number: before.ticket.number },
        });
        return comment;
      });
    }),

  /** By its author, or with `comments.moderate`. */
  delete: protectedProcedure
    .meta({
      openapi: {
        method: "DELETE",
        path: "/comments/{id}",
        tags: ["comments"],
        summary: "Delete a comment",
        description:
          "Its author, or anyone with `comments.moderate` (FORBIDDEN otherwise), on a comment they may read " +
          "(NOT_FOUND otherwise: another requester's ticket, an internal note without `tickets.internal`). Deletes " +
          "it for good; its audit entry stays in the ticket's history. Returns its id.",
        protect: true,
      },
    })
    .input(idSchema)
    .output(commentDeletedSchema)
    .mutation(async ({ ctx, input }) => {
      return unitOfWork(ctx, async ({ tx, record }) => {
        const comment = await findVisibleComment(tx, ctx.auth, input.id);
        if (comment.author.id !== ctx.auth.user.id && !hasPermission(ctx.auth.user, "comments.moderate")) {
          throw new TRPCError({
            code: "FORBIDDEN",
            message: 'You can only delete your own comments, unless you hold "comments.moderate".',
          });
        }
        await tx.comment.delete({ where: { id: input.id } });
        await record({
          action: "comment.delete",
          entityType: "comment",
          entityId: comment.id,
          ticketId: comment.ticketId,
          internal: comment.internal,
          changes: { body: { before: comment.body, after: null } },
          event: { number: comment.ticket.number },
        });
        return { id: comment.id };
      });
    }),
} satisfies TRPCRouterRecord;
