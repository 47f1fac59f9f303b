/**
 * Ends this browser's session through next-auth and opens the sign-in page. next-auth's client
 * (about 18 KB gzip) is loaded when someone signs out, not with every page.
 */
export async function signOutToSignIn(): Promise<void> {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl: "/sign-in" });
}
