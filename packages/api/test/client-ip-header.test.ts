// CLIENT_IP_HEADER for this file only (each test file runs in a process of its own): how a Next route
// handler, which has no socket, learns the address our own server saw.
import { describe, expect, it, vi } from "vitest";
import { requestMeta } from "../src/context";

vi.stubEnv("CLIENT_IP_HEADER", "X-Soporte-Client-IP");

describe("with CLIENT_IP_HEADER and no trusted proxy", () => {
  it("the address is the header's; X-Forwarded-For is ignored", () => {
    const headers = new Headers({ "x-soporte-client-ip": "::ffff:203.0.113.5", "x-forwarded-for": "6.6.6.6" });
    expect(requestMeta(headers).ip).toBe("203.0.113.5");
  });

  it("a socket address given directly wins over the header", () => {
    expect(requestMeta(new Headers({ "x-soporte-client-ip": "203.0.113.5" }), { socketIp: "203.0.113.8" }).ip).toBe(
      "203.0.113.8",
    );
  });

  it("a value that is not an address gives no address", () => {
    expect(requestMeta(new Headers({ "x-soporte-client-ip": "evil" })).ip).toBe("");
    expect(requestMeta(new Headers({ "x-forwarded-for": "6.6.6.6" })).ip).toBe("");
  });
});
