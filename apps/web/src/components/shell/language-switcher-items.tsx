"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import {
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
} from "@/components/ui/dropdown-menu";
import { isLocale, LOCALE_COOKIE, LOCALE_NAMES, LOCALES, type Locale } from "@/i18n/locales";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { api, TRPCReactProvider } from "@/trpc/react";

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Switches the language at once: the cookie remembers it on this browser, and a signed-in user's
 * profile everywhere (the profile wins over the cookie, docs/i18n.md); then the page renders again.
 */
function useSwitchLocale(signedIn: boolean) {
  const { describeApiError } = useApiErrors();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const update = api.me.update.useMutation();
  const utils = api.useUtils();
  return {
    pending: pending || update.isPending,
    async switchTo(locale: Locale) {
      document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
      if (signedIn) {
        try {
          await update.mutateAsync({ locale });
          await utils.me.invalidate();
        } catch (error) {
          toast.error(describeApiError(error));
          return;
        }
      }
      startTransition(() => router.refresh());
    },
  };
}

/** The languages as radio items, for a menu (the user menu has them). */
export function LanguageRadioItems({ signedIn }: { signedIn: boolean }) {
  // A menu loads after the page: it brings the API client (the shell has none above it).
  return (
    <TRPCReactProvider>
      <LanguageRadioGroup signedIn={signedIn} />
    </TRPCReactProvider>
  );
}

function LanguageRadioGroup({ signedIn }: { signedIn: boolean }) {
  const locale = useLocale();
  const { switchTo, pending } = useSwitchLocale(signedIn);
  return (
    <DropdownMenuRadioGroup value={locale} onValueChange={(value) => isLocale(value) && void switchTo(value)}>
      {LOCALES.map((option) => (
        <DropdownMenuRadioItem key={option} value={option} lang={option} disabled={pending}>
          {LOCALE_NAMES[option]}
        </DropdownMenuRadioItem>
      ))}
    </DropdownMenuRadioGroup>
  );
}

/** The menu of the language button (language-switcher.tsx). */
export default function LanguageMenuContent() {
  const t = useTranslations("shell");
  return (
    <DropdownMenuContent align="end">
      <DropdownMenuLabel>{t("language")}</DropdownMenuLabel>
      <LanguageRadioItems signedIn={false} />
    </DropdownMenuContent>
  );
}
