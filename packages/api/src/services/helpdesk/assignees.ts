import type { Db, Prisma } from "@soporte/db";
import { fieldError } from "../../lib/errors";
import { personSelect } from "./tickets";

/** Who can work tickets: active staff who see every ticket (the assignee picker lists the same people). */
export const assignableWhere = {
  active: true,
  anonymizedAt: null,
  OR: [{ isSuperuser: true }, { roles: { some: { role: { permissions: { has: "tickets.read.all" } } } } }],
} satisfies Prisma.UserWhereInput;

/** The assignee-to-be, or a field error on `field` when they cannot work tickets. */
export async function findAssignee(db: Prisma.TransactionClient | Db, id: string, field = "assigneeId") {
  const user = await db.user.findFirst({ where: { id, ...assignableWhere }, select: personSelect });
  if (!user)
    throw fieldError(
      field,
      "assigneeNotStaff",
      "Tickets can only be assigned to active staff who can see every ticket.",
    );
  return user;
}
