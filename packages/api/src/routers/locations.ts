import { locationCreateSchema, locationUpdateSchema } from "../schemas/admin";
import { locationOutput } from "../schemas/outputs/accounts";
import { directoryRouter, nameEquals } from "./directory";

const select = {
  id: true,
  name: true,
  description: true,
  position: true,
  active: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { users: true, tickets: true } },
} as const;

export const locationsRouter = directoryRouter(
  "location",
  { create: locationCreateSchema, update: locationUpdateSchema },
  {
    findMany: (db, args) => db.location.findMany({ ...args, select }),
    findById: (db, id) => db.location.findUnique({ where: { id }, select }),
    findByName: (db, name, exceptId) =>
      db.location.findFirst({ where: nameEquals(name, exceptId), select: { id: true } }),
    create: (db, input) =>
      db.location.create({ data: { name: input.name, description: input.description ?? "" }, select }),
    update: (db, id, data) => db.location.update({ where: { id }, data, select }),
    delete: (db, id) => db.location.delete({ where: { id } }),
  },
  { path: "/locations", tag: "locations", plural: "locations", output: locationOutput },
);
