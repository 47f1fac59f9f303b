import type { RouterOutputs } from "@soporte/api";

export type TicketRow = RouterOutputs["tickets"]["list"]["items"][number];
export type TicketDetailData = RouterOutputs["tickets"]["get"];
export type TicketAbilities = TicketDetailData["can"];
export type Catalogs = RouterOutputs["catalogs"]["list"];
export type TicketComment = RouterOutputs["comments"]["list"]["items"][number];
export type HistoryEntry = RouterOutputs["tickets"]["history"]["items"][number];
export type SlaState = TicketRow["sla"]["state"];
export type SavedView = RouterOutputs["views"]["list"]["items"][number];
export type Person = { id: string; fullName: string; avatarColor: string };

/** The conversation's query: the page's server component fetches the same for the HTML. */
export const commentsListInput = (ticketId: string) => ({ ticketId, limit: 100 });

/**
 * What the signed-in user may do on the ticket list, decided on the server from their permissions
 * (the API checks again on every call).
 */
export type TicketsViewer = {
  id: string;
  /** Sees every ticket (staff): the assignee filter and requester column make sense. */
  seesAll: boolean;
  /** May look up staff and requesters (users.read): the pickers work. */
  looksUpPeople: boolean;
  assign: boolean;
  setStatus: boolean;
  update: boolean;
  create: boolean;
  /** May share saved views with all staff (views.share). */
  shareViews: boolean;
};
