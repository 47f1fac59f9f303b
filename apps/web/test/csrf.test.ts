import { describe, expect, it } from "vitest";
import { csrfRefusal } from "../src/server/csrf";

const ORIGIN = "https://help.example.com";
const COOKIE = "next-auth.session-token=abc";
const JSON_TYPE = "application/json";

function check(method: string, headers: Record<string, string>) {
  return csrfRefusal({ method, headers: new Headers(headers), allowedOrigin: ORIGIN });
}

describe("csrfRefusal", () => {
  it("lets safe methods through, whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) {
      expect(check(method, { origin: "https://evil.example", cookie: COOKIE }), method).toBeNull();
    }
  });

  it("lets our own page's JSON mutations through", () => {
    expect(check("POST", { origin: ORIGIN, cookie: COOKIE, "content-type": JSON_TYPE })).toBeNull();
    expect(
      check("POST", { origin: ORIGIN, cookie: COOKIE, "content-type": "application/json; charset=utf-8" }),
    ).toBeNull();
    expect(check("POST", { "sec-fetch-site": "same-origin", cookie: COOKIE, "content-type": JSON_TYPE })).toBeNull();
  });

  it("trusts the browser's Sec-Fetch-Site: same-origin when the app is opened under another name of its host", () => {
    const headers = {
      origin: "http://127.0.0.1:3000",
      "sec-fetch-site": "same-origin",
      cookie: COOKIE,
      "content-type": JSON_TYPE,
    };
    expect(check("POST", headers)).toBeNull();
  });

  it("refuses a cross-origin form post with the cookie (403), before looking at its content type", () => {
    const refusal = check("POST", {
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
      cookie: COOKIE,
      "content-type": "multipart/form-data; boundary=x",
    });
    expect(refusal).toMatchObject({ status: 403, code: "FORBIDDEN" });
  });

  it("refuses other origins even when they differ only by scheme or port", () => {
    for (const origin of [
      "http://help.example.com",
      "https://help.example.com:8443",
      "https://evil.help.example.com",
      "null",
    ]) {
      expect(check("POST", { origin, cookie: COOKIE, "content-type": JSON_TYPE })?.status, origin).toBe(403);
    }
  });

  it("refuses same-site requests from a sibling subdomain (SameSite=Lax cookies reach us from there)", () => {
    expect(check("POST", { "sec-fetch-site": "same-site", cookie: COOKIE, "content-type": JSON_TYPE })?.status).toBe(
      403,
    );
  });

  it("refuses a cookie that comes with neither Origin nor Sec-Fetch-Site", () => {
    expect(check("POST", { cookie: COOKIE, "content-type": JSON_TYPE })?.status).toBe(403);
  });

  it("refuses a cross-origin browser request even without a cookie", () => {
    expect(check("POST", { origin: "https://evil.example", "content-type": JSON_TYPE })?.status).toBe(403);
  });

  it("lets programs through: no cookie, no Origin, a JSON body", () => {
    expect(check("POST", { "content-type": JSON_TYPE, "user-agent": "node" })).toBeNull();
  });

  it("refuses bodies that are not JSON from our own page (415)", () => {
    for (const type of [
      "multipart/form-data; boundary=x",
      "text/plain",
      "application/x-www-form-urlencoded",
      "application/octet-stream",
      "application/jsonx",
    ]) {
      expect(check("POST", { origin: ORIGIN, cookie: COOKIE, "content-type": type }), type).toMatchObject({
        status: 415,
        code: "UNSUPPORTED_MEDIA_TYPE",
      });
    }
    expect(check("POST", { origin: ORIGIN, cookie: COOKIE })?.status).toBe(415);
  });

  it("does not check requests with an Authorization header (the cookie is then ignored)", () => {
    expect(
      check("POST", {
        authorization: "Bearer x.y.z",
        origin: "https://evil.example",
        cookie: COOKIE,
        "content-type": "multipart/form-data",
      }),
    ).toBeNull();
  });
});
