// The codes the browser's sign-in reports through next-auth, and what they mean. No server code: the
// sign-in form imports it (`@soporte/api/sign-in-errors`) and words each case in the page's language.

/**
 * The codes `signInForBrowser` throws (next-auth passes a thrown error's message on as the sign-in's
 * `error`, and puts it in a URL: a code, never a sentence). next-auth itself reports a null
 * authorize() as "CredentialsSignin" and its own failures as other one-word codes.
 */
export const SIGN_IN_ERROR = {
  wrongCredentials: "WrongCredentials",
  disabled: "AccountDisabled",
  unavailable: "SignInUnavailable",
  tooManyAttempts: "TooManyAttempts", // followed by ":<seconds to wait>"
} as const;

export type SignInProblem =
  | { kind: "wrongCredentials" }
  | { kind: "disabled" }
  | { kind: "tooManyAttempts"; retryAfterSeconds: number }
  | { kind: "unavailable" };

/** What next-auth's error code says went wrong; anything unknown is "unavailable" (not the user's fault). */
export function parseSignInError(code: string): SignInProblem {
  if (code === SIGN_IN_ERROR.wrongCredentials || code === "CredentialsSignin") return { kind: "wrongCredentials" };
  if (code === SIGN_IN_ERROR.disabled) return { kind: "disabled" };
  const wait = new RegExp(`^${SIGN_IN_ERROR.tooManyAttempts}:(\\d+)$`).exec(code);
  if (wait) return { kind: "tooManyAttempts", retryAfterSeconds: Number(wait[1]) };
  return { kind: "unavailable" };
}
