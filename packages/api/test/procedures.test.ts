import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { createInnerContext } from "../src/context";
import { createTRPCRouter, permissionProcedure, protectedProcedure } from "../src/trpc";
import { callerFor, useTestDatabase } from "./db";

const database = useTestDatabase();

// A router made of the named procedures, to prove what each one lets through.
const probe = createTRPCRouter({
  signedIn: protectedProcedure.query(({ ctx }) => ctx.auth.user.username),
  manageUsers: permissionProcedure("users.manage").query(() => "allowed"),
});
const probeCaller = (auth: Parameters<typeof createInnerContext>[0]["auth"]) =>
  probe.createCaller(createInnerContext({ db: database().db, auth }));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : String(error);
  }
}

describe("named procedures", () => {
  it("protectedProcedure refuses anonymous callers with UNAUTHORIZED", async () => {
    expect(await codeOf(probeCaller(null).signedIn())).toBe("UNAUTHORIZED");
    expect(await codeOf(probeCaller(null).manageUsers())).toBe("UNAUTHORIZED");
  });

  it("permissionProcedure refuses a signed-in user without the permission with FORBIDDEN", async () => {
    const { auth } = await callerFor(database(), "agent");
    expect(await probeCaller(auth).signedIn()).toBe("agent");
    expect(await codeOf(probeCaller(auth).manageUsers())).toBe("FORBIDDEN");
  });

  it("permissionProcedure lets a role holding the permission through", async () => {
    const { auth } = await callerFor(database(), "admin");
    expect(auth.user.permissions).toContain("users.manage");
    expect(await probeCaller(auth).manageUsers()).toBe("allowed");
  });

  it("a superuser passes every check even with no role", async () => {
    const { auth } = await callerFor(database(), "requester");
    const superuser = { ...auth, user: { ...auth.user, isSuperuser: true, permissions: [] } };
    expect(await probeCaller(superuser).manageUsers()).toBe("allowed");
  });
});
