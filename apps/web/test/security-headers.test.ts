import { describe, expect, it } from "vitest";
import { createNonce, securityHeaders } from "../src/server/security-headers";

const directives = (csp: string) =>
  new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("securityHeaders", () => {
  it("gives a page a CSP where only scripts with this request's nonce run", () => {
    const csp = directives(securityHeaders({ nonce: "abc123==", https: false })["Content-Security-Policy"]);
    expect(csp.get("script-src")).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'none'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("default-src")).toBe("'self'");
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval for React only in development", () => {
    const dev = directives(securityHeaders({ nonce: "n", https: false, development: true })["Content-Security-Policy"]);
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    const prod = directives(securityHeaders({ nonce: "n", https: false })["Content-Security-Policy"]);
    expect(prod.get("script-src")).not.toContain("unsafe");
  });

  it("lets API responses load nothing", () => {
    expect(securityHeaders({ https: false })["Content-Security-Policy"]).toBe(
      "default-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it("sends HSTS and upgrades insecure requests only when served over https", () => {
    const https = securityHeaders({ nonce: "n", https: true });
    expect(https["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(directives(https["Content-Security-Policy"]).has("upgrade-insecure-requests")).toBe(true);
    expect(securityHeaders({ nonce: "n", https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ https: true })).toHaveProperty("Strict-Transport-Security");
  });

  it("always forbids sniffing, framing and cross-origin referrers", () => {
    for (const headers of [securityHeaders({ nonce: "n", https: false }), securityHeaders({ https: true })]) {
      expect(headers).toMatchObject({
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "X-Frame-Options": "DENY",
      });
    }
  });
});

describe("createNonce", () => {
  it("is 128 random bits in the base64 form Next.js reads from the CSP", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});
