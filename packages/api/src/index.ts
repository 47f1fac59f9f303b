export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from "./root";
export { createInnerContext, createRequestContext, requestMeta, type Context, type RequestMeta } from "./context";
export { loadSession, hasPermission, type AuthSession, type SessionUser } from "./auth/session-user";
export { signInWithPassword, INVALID_CREDENTIALS } from "./auth/sign-in";
export { hashPassword } from "./auth/password";
export { checkDatabase } from "./routers/health";
export { apiEnv } from "./env";
export { logger } from "./lib/logger";
export { PERMISSIONS, ALL_PERMISSIONS, DEFAULT_ROLE_PERMISSIONS, type Permission } from "./permissions";
