import "server-only";
import { hasPermission, type AuthSession, type Permission } from "@soporte/api";
import { forbidden, redirect } from "next/navigation";
import { getAuth } from "./auth";

/**
 * The signed-in user when they hold `permission`; otherwise the page renders the app's forbidden
 * state (403) in its place. The API refuses the page's procedures anyway: this keeps the page from
 * even rendering.
 */
export async function requirePermission(permission: Permission): Promise<AuthSession> {
  const auth = await getAuth();
  // The (app) layout has sent anyone signed out to the sign-in page already.
  if (!auth) redirect("/sign-in");
  if (!hasPermission(auth.user, permission)) forbidden();
  return auth;
}
