// next-intl's per-request configuration (no locale in the URL): the language of this request, and its catalogue.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getAuth } from "@/server/auth";
import { LOCALE_COOKIE, pickLocale, type Locale } from "./locales";

const catalogues = {
  en: () => import("../../messages/en"),
  es: () => import("../../messages/es"),
} satisfies Record<Locale, unknown>;

export default getRequestConfig(async () => {
  const [auth, cookieStore, headerList] = await Promise.all([getAuth(), cookies(), headers()]);
  const locale = pickLocale({
    profile: auth?.user.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
  return { locale, messages: (await catalogues[locale]()).default };
});
