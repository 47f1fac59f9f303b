import { useLocale } from "next-intl";
import type { Locale } from "@/i18n/locales";

type Named = { name: string; nameEs?: string | null };

/** A catalog item's name in `locale`: `nameEs` in Spanish when it has one, `name` otherwise. */
export function localizedName(item: Named, locale: Locale): string {
  return locale === "es" && item.nameEs ? item.nameEs : item.name;
}

/** `localizedName` in the page's language, for components: `const nameOf = useLocalizedName(); nameOf(status)`. */
export function useLocalizedName(): (item: Named) => string {
  const locale = useLocale();
  return (item) => localizedName(item, locale);
}
