// Typed keys: `t("tickets.title")` fails the type check when the English catalogue lacks that key.
import type { Messages } from "../../messages/en";
import type { Locale } from "./locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
