// Keyset cursors are opaque to clients but not trusted: a well-formed cursor with the wrong kind of
// sort value or a non-uuid id is a BAD_REQUEST on `cursor`, never a database error.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { actAs, failure } from "./admin";
import { useTestDatabase } from "./db";

const database = useTestDatabase();
const ID = "0190b6a2-0000-7000-8000-000000000001";
const craft = (...parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");

async function expectBadCursor(call: Promise<unknown>, why: RegExp) {
  const error = await failure(call);
  expect(error.code).toBe("BAD_REQUEST");
  expect(error.message).toMatch(why);
  expect(error.message).toMatch(/Load the first page again, without a cursor\.$/);
  expect(error.cause instanceof z.ZodError && z.flattenError(error.cause).fieldErrors).toEqual({
    cursor: [error.message],
  });
}

describe("crafted cursors", () => {
  it("users.list checks the sort value against each sort, and the id", async () => {
    const { caller } = await actAs(database(), "admin");
    for (const value of ["not a date", "2024-02-31T00:00:00.000Z", "2024-01-01", 1_700_000_000_000, null]) {
      await expectBadCursor(
        caller.users.list({ sort: "createdAt", cursor: craft(value, ID) }),
        /its sort value must be a date/,
      );
    }
    await expectBadCursor(
      caller.users.list({ sort: "createdAt", cursor: craft("2024-01-01T00:00:00.000Z", "not-a-uuid") }),
      /its id must be a uuid/,
    );
    for (const sort of ["fullName", "email", "username"] as const) {
      for (const direction of ["asc", "desc"] as const) {
        await expectBadCursor(
          caller.users.list({ sort, direction, cursor: craft(42, ID) }),
          /its sort value must be text/,
        );
        await expectBadCursor(
          caller.users.list({ sort, direction, cursor: craft({ gt: "" }, ID) }),
          /its sort value must be text/,
        );
        await expectBadCursor(
          caller.users.list({ sort, direction, cursor: craft("Ana", "1' OR 1=1") }),
          /its id must be a uuid/,
        );
      }
    }
    for (const cursor of [
      "garbage",
      Buffer.from("{}").toString("base64url"),
      craft("Ana"),
      craft("Ana", ID, "extra"),
    ]) {
      await expectBadCursor(caller.users.list({ cursor }), /it is not a cursor this API made/);
    }
  });

  it("organizations.list and users.staff refuse them the same way", async () => {
    const { caller } = await actAs(database(), "agent");
    await expectBadCursor(caller.organizations.list({ cursor: craft(7, ID) }), /its sort value must be text/);
    await expectBadCursor(caller.organizations.list({ cursor: craft("Acme", "42") }), /its id must be a uuid/);
    await expectBadCursor(caller.users.staff({ cursor: craft(["Ana"], ID) }), /its sort value must be text/);
    await expectBadCursor(caller.users.staff({ cursor: craft("Ana", "") }), /its id must be a uuid/);
  });

  it("cursors the API made still page through every sort, dates included", async () => {
    const { caller } = await actAs(database(), "admin");
    for (const sort of ["createdAt", "username"] as const) {
      const all = await caller.users.list({ sort, direction: "desc", limit: 100 });
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof caller.users.list>> = await caller.users.list({
          sort,
          direction: "desc",
          limit: 9,
          cursor,
        });
        paged.push(...page.items.map((u) => u.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged).toEqual(all.items.map((u) => u.id));
    }
  });
});
