import { dictionary } from "@zxcvbn-ts/language-common";
import { fieldError } from "../lib/errors";

let common: Set<string> | undefined;

function isCommon(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].filter((p) => p.length >= 8));
  return common.has(password.toLowerCase());
}

/**
 * The rules beyond length (which the zod schema checks before anything is hashed): not one of the
 * most common passwords, not the account's email or username.
 */
export function checkPasswordPolicy(
  password: string,
  account: { email: string; username: string },
  field = "password",
): void {
  const lower = password.toLowerCase();
  if (
    lower === account.email.toLowerCase() ||
    lower === account.username.toLowerCase() ||
    lower === account.email.split("@")[0]?.toLowerCase()
  ) {
    throw fieldError(field, "passwordHasIdentity", "The password must not be your email address or username.");
  }
  if (isCommon(password))
    throw fieldError(field, "passwordCommon", "This password is among the most common ones. Choose another.");
  if (/^(.)\1+$/.test(password))
    throw fieldError(field, "passwordRepeated", "The password must not repeat a single character.");
}
