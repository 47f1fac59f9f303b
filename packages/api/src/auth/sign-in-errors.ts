// What the browser's sign-in page shows for next-auth's error code. No server code: the sign-in form
// imports it (`@soporte/api/sign-in-errors`).

/** The code `signInForBrowser` reports when sign-in failed for a reason that is not the user's. */
export const SIGN_IN_UNAVAILABLE = "SignInUnavailable";

const WRONG_CREDENTIALS = "Wrong email/username or password.";
const UNAVAILABLE = "Signing in is not possible right now. Try again in a few minutes.";

/**
 * next-auth reports a null authorize() as "CredentialsSignin" and its own failures as other one-word
 * codes ("Configuration", "Callback" …); signInForBrowser throws the API's sentence for the user's own
 * errors (wrong password, disabled account, "Too many failed sign-in attempts. Try again in 42
 * seconds."), which next-auth passes on as the code: shown as it is.
 */
export function describeSignInError(code: string): string {
  if (code === "CredentialsSignin") return WRONG_CREDENTIALS;
  if (/^\w+$/.test(code)) return UNAVAILABLE;
  return code;
}
