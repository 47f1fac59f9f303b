import { organizationCreateSchema, organizationUpdateSchema } from "../schemas/admin";
import { organizationOutput } from "../schemas/outputs/accounts";
import { directoryRouter, nameEquals } from "./directory";

const select = {
  id: true,
  name: true,
  domain: true,
  active: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { users: true, tickets: true } },
} as const;

export const organizationsRouter = directoryRouter(
  "organization",
  { create: organizationCreateSchema, update: organizationUpdateSchema },
  {
    findMany: (db, args) => db.organization.findMany({ ...args, select }),
    findById: (db, id) => db.organization.findUnique({ where: { id }, select }),
    findByName: (db, name, exceptId) =>
      db.organization.findFirst({ where: nameEquals(name, exceptId), select: { id: true } }),
    create: (db, input) => db.organization.create({ data: { name: input.name, domain: input.domain ?? "" }, select }),
    update: (db, id, data) => db.organization.update({ where: { id }, data, select }),
    delete: (db, id) => db.organization.delete({ where: { id } }),
  },
  { path: "/organizations", tag: "organizations", plural: "organizations", output: organizationOutput },
);
