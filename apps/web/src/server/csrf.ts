// Framework-free on purpose (no "server-only", no Next imports): the Next route handler calls it
// today, and a plain Node server can call it with the same arguments.

/** Anything with a case-insensitive `get`, like the Fetch API's `Headers`. */
export type HeaderSource = { get(name: string): string | null };

export type CsrfRefusal = { status: 403 | 415; code: "FORBIDDEN" | "UNSUPPORTED_MEDIA_TYPE"; message: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Why this request must not reach a mutation, or null when it may.
 *
 * Only requests that could ride on the browser's cookie are checked. One with an `Authorization`
 * header is not: the API then ignores the cookie, and a page on another origin cannot add that
 * header without a CORS preflight, which this app never grants.
 *
 * A cookie-carrying mutation must prove it comes from our own page: `Origin` equal to the public
 * origin, or `Sec-Fetch-Site: same-origin` (set by the browser itself, so a page cannot fake it; it
 * also covers the app opened under another name of the same host, e.g. 127.0.0.1 for localhost).
 * Browsers send `Origin` on every POST, so a cookie with neither header is refused too. `same-site` is
 * not enough: a sibling subdomain is same-site, and SameSite=Lax cookies reach us from there.
 * Requests without a cookie and without those headers are programs (no ambient credentials to abuse).
 *
 * The body must be JSON, as our client sends it: tRPC would otherwise accept multipart/form-data and
 * octet-stream, which a plain HTML form on another site can send without a preflight.
 */
export function csrfRefusal(request: {
  method: string;
  headers: HeaderSource;
  allowedOrigin: string;
}): CsrfRefusal | null {
  const { method, headers, allowedOrigin } = request;
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  if (headers.get("authorization") !== null) return null;

  const origin = headers.get("origin");
  const fetchSite = headers.get("sec-fetch-site");
  const sameOrigin = origin === allowedOrigin || fetchSite === "same-origin";
  if (!sameOrigin && (origin !== null || fetchSite !== null || headers.get("cookie") !== null)) {
    return {
      status: 403,
      code: "FORBIDDEN",
      message: "Cross-origin requests may not change data. Use the app, or an API access token.",
    };
  }

  const mediaType = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the request body as application/json." };
  }
  return null;
}
