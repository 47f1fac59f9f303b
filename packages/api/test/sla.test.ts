import { describe, expect, it } from "vitest";
import { dueTimes, slaOf } from "../src/services/helpdesk/sla";

const created = new Date("2030-01-01T08:00:00Z");
const at = (minutes: number) => new Date(created.getTime() + minutes * 60_000);
// Response within 60 minutes, resolution within 600: due soon from minute 48 and 480.
const due = dueTimes(created, { responseMinutes: 60, resolutionMinutes: 600 });
const open = {
  createdAt: created,
  ...due,
  firstResponseAt: null,
  resolvedAt: null,
  closedAt: null,
  statusCategory: "open" as const,
};

describe("SLA state (a fixed clock)", () => {
  it("is ok, then due soon in the last fifth, then breached after the due time", () => {
    expect(slaOf(open, at(47)).state).toBe("ok");
    expect(slaOf(open, at(48)).state).toBe("due_soon");
    expect(slaOf(open, at(60)).state).toBe("due_soon");
    expect(slaOf(open, at(61)).state).toBe("breached");
  });

  it("after a timely response, follows the resolution target", () => {
    const answered = { ...open, firstResponseAt: at(30) };
    expect(slaOf(answered, at(479))).toMatchObject({ state: "ok", response: "met", resolution: "ok" });
    expect(slaOf(answered, at(480)).state).toBe("due_soon");
    expect(slaOf(answered, at(601)).state).toBe("breached");
  });

  it("a late response stays breached; a resolved ticket is met only when both targets were", () => {
    expect(slaOf({ ...open, firstResponseAt: at(61) }, at(100)).state).toBe("breached");
    const resolved = { ...open, firstResponseAt: at(10), resolvedAt: at(600), statusCategory: "resolved" as const };
    expect(slaOf(resolved, at(5000)).state).toBe("met");
    expect(slaOf({ ...resolved, resolvedAt: at(601) }, at(5000)).state).toBe("breached");
    expect(slaOf({ ...resolved, firstResponseAt: null, resolvedAt: at(50) }, at(5000)).state).toBe("met");
  });
});
