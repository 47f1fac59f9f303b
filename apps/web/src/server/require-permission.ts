import "server-only";
import { hasPermission, type AuthSession, type Permission } from "@soporte/api";
import { notFound } from "next/navigation";
import { getAuth } from "./auth";

/**
 * The signed-in user when they hold `permission`; otherwise the page does not exist for them (404).
 * The API refuses the page's procedures anyway: this keeps the page from even rendering.
 */
export async function requirePermission(permission: Permission): Promise<AuthSession> {
  const auth = await getAuth();
  if (!auth || !hasPermission(auth.user, permission)) notFound();
  return auth;
}
