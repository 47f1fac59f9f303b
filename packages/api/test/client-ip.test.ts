import { describe, expect, it } from "vitest";
import { clientIp, normalizeIp } from "../src/auth/client-ip";

describe("clientIp", () => {
  it("with no trusted proxy is the socket's address, whatever X-Forwarded-For says", () => {
    expect(clientIp({ socketIp: "203.0.113.9", forwardedFor: "198.51.100.1", hops: 0 })).toBe("203.0.113.9");
    expect(clientIp({ socketIp: "203.0.113.9", forwardedFor: null, hops: 0 })).toBe("203.0.113.9");
    expect(clientIp({ socketIp: null, forwardedFor: "198.51.100.1", hops: 0 })).toBe("");
  });

  it("behind one proxy is the entry it appended (the rightmost), not what the client wrote before it", () => {
    expect(clientIp({ socketIp: "10.0.0.2", forwardedFor: "6.6.6.6, 7.7.7.7, 203.0.113.9", hops: 1 })).toBe(
      "203.0.113.9",
    );
    expect(clientIp({ socketIp: "10.0.0.2", forwardedFor: "203.0.113.9", hops: 1 })).toBe("203.0.113.9");
  });

  it("behind two proxies is the second entry from the right", () => {
    expect(clientIp({ socketIp: "10.0.0.3", forwardedFor: "6.6.6.6, 203.0.113.9, 10.0.0.2", hops: 2 })).toBe(
      "203.0.113.9",
    );
  });

  it("with fewer entries than hops is the leftmost there is, or the socket with none", () => {
    expect(clientIp({ socketIp: "10.0.0.3", forwardedFor: "203.0.113.9", hops: 2 })).toBe("203.0.113.9");
    expect(clientIp({ socketIp: "10.0.0.3", forwardedFor: "", hops: 1 })).toBe("10.0.0.3");
    expect(clientIp({ socketIp: null, forwardedFor: null, hops: 1 })).toBe("");
  });

  it("is empty for anything that is not an address (never a client-chosen string)", () => {
    expect(clientIp({ socketIp: "10.0.0.2", forwardedFor: "6.6.6.6, not-an-ip", hops: 1 })).toBe("");
    expect(clientIp({ socketIp: "10.0.0.2", forwardedFor: "6.6.6.6, 203.0.113.9' OR 1=1", hops: 1 })).toBe("");
  });
});

describe("normalizeIp", () => {
  it("spells one address one way", () => {
    expect(normalizeIp("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(normalizeIp("203.0.113.9:443")).toBe("203.0.113.9");
    expect(normalizeIp("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp(" 2001:db8::1 ")).toBe("2001:db8::1");
    expect(normalizeIp("")).toBe("");
    expect(normalizeIp(undefined)).toBe("");
  });
});
