/** Only same-site paths may be redirect targets ("/tickets?x=1", not "//evil.test" or "https://…"). */
export function safeCallbackUrl(value: string | null | undefined, fallback = "/dashboard"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/sign-in")) return fallback;
  return value;
}
