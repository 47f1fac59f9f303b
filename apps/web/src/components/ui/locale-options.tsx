import { LOCALE_NAMES, LOCALES } from "@/i18n/locales";

/** The languages a user can choose, as <option>s for a locale select (each named in itself). */
export function LocaleOptions() {
  return LOCALES.map((locale) => (
    <option key={locale} value={locale} lang={locale}>
      {LOCALE_NAMES[locale]}
    </option>
  ));
}
