import type { Prisma } from "@soporte/db";
import { decodeCursor, keysetAfter, pageOf } from "../lib/pagination";

type DirectoryListInput = { limit: number; cursor?: string | null | undefined; search?: string | undefined; active?: boolean | undefined };

/** The query arguments of a name-ordered directory list (organizations, locations). */
export function directoryListArgs(input: DirectoryListInput) {
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  return {
    where: {
      AND: [
        input.search ? { name: { contains: input.search, mode: "insensitive" as Prisma.QueryMode } } : {},
        input.active === undefined ? {} : { active: input.active },
        cursor ? keysetAfter("name", "asc", cursor) : {},
      ],
    },
    orderBy: [{ name: "asc" as const }, { id: "asc" as const }],
    take: input.limit + 1,
  };
}

export function directoryPage<T extends { id: string; name: string }>(rows: T[], limit: number) {
  return pageOf(rows, limit, (row) => row.name);
}
