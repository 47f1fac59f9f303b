// The browser session cookie, in one place: next-auth sets it, and whatever decodes it (the
// /api/trpc route, a custom server) must look for the same name. No secrets here, and no
// "server-only": plain Node code imports it too.

export type SessionCookie = {
  name: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean };
};

const NAME = "soporte.session";

/**
 * Over https (the app's public URL, NEXTAUTH_URL) the cookie is `__Host-` prefixed and `Secure`:
 * the browser then refuses it over plain http, from a subdomain (no Domain attribute) and on any
 * path but `/`. Over http (localhost in development and tests) it cannot be `Secure`, and a
 * `__Host-` name requires that, so it is the plain name.
 */
export function sessionCookie(publicUrl: string | undefined): SessionCookie {
  const secure = publicUrl?.startsWith("https://") ?? false;
  return { name: secure ? `__Host-${NAME}` : NAME, options: { httpOnly: true, sameSite: "lax", path: "/", secure } };
}
