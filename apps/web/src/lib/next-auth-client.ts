// next-auth's browser client (about 14 KB gzip) loads when a page signs in or out, not with every
// page (docs/page-weight.md). The sign-in and registration forms preload it at the first interaction.

export const loadNextAuth = () => import("next-auth/react");

/** Ends this browser's session through next-auth and opens the sign-in page. */
export async function signOutToSignIn(): Promise<void> {
  const { signOut } = await loadNextAuth();
  await signOut({ callbackUrl: "/sign-in" });
}
