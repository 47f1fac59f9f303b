// Every procedure of AppRouter, called as every demo role: the answer must match the policy table.
// A procedure missing from the table fails the test, so new procedures must declare who may call them.
// `admin` is the seed's deputy, who holds the admin role but is no superuser, so the admin role's own
// permissions are what is tested; `superuser` is the demo admin, who passes every check.
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { loadSession } from "../src/auth/session-user";
import { createInnerContext } from "../src/context";
import { appRouter, createCaller } from "../src/root";
import { useTestDatabase } from "./db";

const database = useTestDatabase();

type Caller = "anonymous" | "requester" | "agent" | "backoffice" | "admin" | "superuser";
const CALLERS: Caller[] = ["anonymous", "requester", "agent", "backoffice", "admin", "superuser"];
const USERNAMES: Record<Exclude<Caller, "anonymous">, string> = {
  requester: "requester",
  agent: "agent",
  backoffice: "backoffice",
  admin: "deputy",
  superuser: "admin",
};
const everyone: Caller[] = CALLERS;
const signedIn: Caller[] = ["requester", "agent", "backoffice", "admin", "superuser"];
const staff: Caller[] = ["agent", "backoffice", "admin", "superuser"];
const directoryManagers: Caller[] = ["backoffice", "admin", "superuser"];
const admins: Caller[] = ["admin", "superuser"];
const assigners: Caller[] = ["agent", "admin", "superuser"];
const catalogManagers: Caller[] = directoryManagers;

const catalogPolicy = Object.fromEntries(
  ["statuses", "priorities", "criticalities", "categories", "problemTypes"].flatMap((catalog) =>
    ["create", "update", "setActive", "reorder"].map((procedure) => [
      `catalogs.${catalog}.${procedure}`,
      catalogManagers,
    ]),
  ),
);

const POLICY: Record<string, Caller[]> = {
  "health.check": everyone,
  "health.db": everyone,
  "auth.register": everyone,
  "auth.login": everyone,
  "auth.refresh": everyone,
  "auth.logout": signedIn,
  "auth.logoutAll": signedIn,
  "me.get": signedIn,
  "me.update": signedIn,
  "me.changePassword": signedIn,
  "me.permissions": signedIn,
  "sessions.list": signedIn,
  "sessions.revoke": signedIn,
  "sessions.revokeOthers": signedIn,
  "settings.get": everyone,
  "settings.update": admins,
  "users.list": admins,
  "users.get": admins,
  "users.create": admins,
  "users.update": admins,
  "users.setActive": admins,
  "users.setSuperuser": admins,
  "users.setRoles": admins,
  "users.resetPassword": admins,
  "users.delete": admins,
  "users.admins": staff,
  "users.staff": staff,
  "users.requesters": staff,
  "roles.list": admins,
  "roles.get": admins,
  "roles.create": admins,
  "roles.update": admins,
  "roles.delete": admins,
  "roles.permissions": admins,
  "organizations.list": signedIn,
  "organizations.get": signedIn,
  "organizations.create": directoryManagers,
  "organizations.update": directoryManagers,
  "organizations.delete": directoryManagers,
  "locations.list": signedIn,
  "locations.get": signedIn,
  "locations.create": directoryManagers,
  "locations.update": directoryManagers,
  "locations.delete": directoryManagers,
  "catalogs.list": signedIn,
  ...catalogPolicy,
  "tickets.list": signedIn,
  "tickets.get": signedIn,
  "tickets.create": signedIn,
  "tickets.update": staff,
  "tickets.assign": assigners,
  "tickets.setStatus": staff,
  "tickets.bulkUpdate": staff,
  "tickets.delete": admins,
  "tickets.history": signedIn,
  "tickets.onChange": signedIn,
  "comments.list": signedIn,
  "comments.create": signedIn,
  "comments.update": signedIn,
  "comments.delete": signedIn,
  "views.list": signedIn,
  "views.create": signedIn,
  "views.update": signedIn,
  "views.delete": signedIn,
  "audit.list": directoryManagers,
  "dashboard.stats": staff,
  "messages.conversations": signedIn,
  "messages.history": signedIn,
  "messages.recipients": signedIn,
  "messages.send": signedIn,
  "messages.broadcast": directoryManagers,
  "messages.edit": signedIn,
  "messages.delete": signedIn,
  "messages.markRead": signedIn,
  "messages.unreadCount": signedIn,
  "messages.onMessage": signedIn,
  "live.events": signedIn,
  "notifications.list": signedIn,
  "notifications.unreadCount": signedIn,
  "notifications.markRead": signedIn,
  "notifications.markAllRead": signedIn,
};

const procedures = Object.keys(appRouter._def.procedures).sort();

/** A fresh session per call, so a procedure like auth.logout cannot spoil the next call. */
async function callerAs(who: Caller) {
  if (who === "anonymous") return createCaller(createInnerContext({ db: database().db }));
  const user = await database().db.user.findUniqueOrThrow({
    where: { username: USERNAMES[who] },
    select: { id: true },
  });
  const session = await database().db.session.create({
    data: { userId: user.id, kind: "api", expiresAt: new Date(Date.now() + 60_000) },
  });
  const auth = await loadSession(database().db, session.id);
  if (who === "admin") expect(auth?.user).toMatchObject({ isSuperuser: false, roles: ["admin"] });
  return createCaller(createInnerContext({ db: database().db, auth }));
}

async function outcome(who: Caller, path: string): Promise<string> {
  const caller = await callerAs(who);
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  try {
    // An empty input: allowed callers get past authorization and fail validation (or run a harmless read).
    await procedure({});
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("role × procedure access matrix", () => {
  it("has a policy entry for every procedure, and no entry for a procedure that does not exist", () => {
    expect(procedures.filter((p) => !(p in POLICY))).toEqual([]);
    expect(Object.keys(POLICY).filter((p) => !procedures.includes(p))).toEqual([]);
  });

  it("answers every caller as the policy says, and never with a server error", async () => {
    const differences: string[] = [];
    for (const path of procedures) {
      for (const who of CALLERS) {
        const code = await outcome(who, path);
        const allowed = POLICY[path]?.includes(who) ?? false;
        // A 500 is a bug whoever calls: it neither proves access nor a refusal.
        const expected = allowed
          ? "not UNAUTHORIZED/FORBIDDEN/INTERNAL_SERVER_ERROR"
          : who === "anonymous"
            ? "UNAUTHORIZED"
            : "FORBIDDEN";
        const ok = allowed ? !["UNAUTHORIZED", "FORBIDDEN", "INTERNAL_SERVER_ERROR"].includes(code) : code === expected;
        if (!ok) differences.push(`${path} as ${who}: got ${code}, expected ${expected}`);
      }
    }
    expect(differences).toEqual([]);
  }, 120_000);
});
