import { describe, expect, it } from "vitest";
import { readableOn } from "../src/lib/colors";

describe("readableOn", () => {
  it("keeps white initials on dark colours and switches to dark ones where white fails 4.5:1", () => {
    expect(readableOn("#4f46e5")).toBe("#ffffff"); // indigo, the default
    expect(readableOn("#0f766e")).toBe("#ffffff"); // dark teal
    expect(readableOn("#ea580c")).toBe("#111827"); // orange: white is 3.55:1
    expect(readableOn("#0891b2")).toBe("#111827"); // cyan: white is 3.68:1
    expect(readableOn("#65a30d")).toBe("#111827"); // lime
    expect(readableOn("not a colour")).toBe("#ffffff");
  });
});
