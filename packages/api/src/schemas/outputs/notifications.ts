// Output schemas of the notifications router (routers/notifications.ts: notificationSelect).
import { z } from "zod";
import { dateTime, pageOf, uuid } from "./common";

const count = z.number().int().min(0);

export const notificationSchema = z
  .object({
    id: uuid,
    kind: z.string().meta({
      description:
        "ticket.assigned (a ticket was assigned to you), ticket.reply (a reply on your ticket) or announcement.",
      example: "ticket.reply",
    }),
    ticketId: uuid.nullable().meta({ description: "The ticket it is about, if any." }),
    ticketNumber: z.number().int().nullable().meta({ description: "That ticket's number.", example: 1042 }),
    conversationId: uuid.nullable().meta({ description: "The conversation it leads to (announcements)." }),
    actorName: z
      .string()
      .nullable()
      .meta({ description: "Who caused it, as they were named then.", example: "Sofía Martínez" }),
    text: z.string().meta({ example: "#1042 The printer on the 2nd floor jams" }),
    createdAt: dateTime,
    readAt: dateTime.nullable().meta({ description: "Null while unread." }),
  })
  .meta({ id: "Notification" });

export const notificationPageSchema = pageOf(notificationSchema);

export const notificationCountSchema = z
  .object({ total: count.meta({ example: 3 }) })
  .meta({ id: "NotificationCount" });

export const notificationReadSchema = z.object({ id: uuid }).meta({ id: "ReadNotification" });

export const notificationsReadSchema = z
  .object({ updated: count.meta({ description: "How many were unread until now." }) })
  .meta({ id: "ReadNotifications" });
