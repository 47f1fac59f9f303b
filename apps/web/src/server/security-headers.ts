// Framework-free on purpose (no "server-only", no Next imports): the Next proxy calls it today, and
// a plain Node server can call it for the responses it serves itself.

/** A fresh, unguessable value for one page response's CSP (128 random bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

const TWO_YEARS_SECONDS = 2 * 365 * 24 * 3600;

function pagePolicy(nonce: string, opts: { https: boolean; development: boolean }): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': the scripts Next.js marks with the nonce may load the rest of the bundle;
    // nothing else runs, whatever its origin. React's development build needs eval (never in production).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.development ? " 'unsafe-eval'" : ""}`,
    // No nonce for styles: with one, browsers ignore 'unsafe-inline', and the UI needs inline styles —
    // style attributes React renders on the server (avatar colours, Radix popper positions) and <style>
    // elements sonner and Radix insert without a nonce. Styles cannot run code; scripts are the XSS line.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export type SecurityHeaders = Record<string, string> & { "Content-Security-Policy": string };

/** API responses and static files load nothing and are never framed. */
const NON_PAGE_POLICY = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The security headers for one response. With a `nonce` it is a page: its CSP lets only scripts
 * carrying that nonce run. Without one (API, static files) nothing may load. HSTS only when the
 * public URL is https (on plain http browsers ignore it, and it would pin a local http setup).
 */
export function securityHeaders(opts: { nonce?: string; https: boolean; development?: boolean }): SecurityHeaders {
  const { nonce, https, development = false } = opts;
  return {
    "Content-Security-Policy": nonce ? pagePolicy(nonce, { https, development }) : NON_PAGE_POLICY,
    "X-Content-Type-Options": "nosniff",
    // Links to other sites get no referrer at all: our URLs (ticket and user ids) stay ours.
    "Referrer-Policy": "same-origin",
    // frame-ancestors 'none' for browsers that predate it.
    "X-Frame-Options": "DENY",
    ...(https ? { "Strict-Transport-Security": `max-age=${TWO_YEARS_SECONDS}; includeSubDomains` } : {}),
  };
}
