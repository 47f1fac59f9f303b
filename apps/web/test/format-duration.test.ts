import { describe, expect, it } from "vitest";
import { formatMinutes } from "../src/lib/format-duration";

describe("formatMinutes", () => {
  it("names SLA targets in the largest units that fit, dropping empty ones", () => {
    expect(formatMinutes(15)).toBe("15 min");
    expect(formatMinutes(240)).toBe("4 h");
    expect(formatMinutes(1440)).toBe("1 d");
    expect(formatMinutes(90)).toBe("1 h 30 min");
    expect(formatMinutes(2190)).toBe("1 d 12 h 30 min");
    expect(formatMinutes(4320)).toBe("3 d");
  });
});
