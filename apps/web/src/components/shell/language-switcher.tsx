"use client";

import { LanguagesIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy } from "react";
import { Button } from "@/components/ui/button";
import { DeferredDropdownMenu } from "@/components/ui/deferred-dropdown-menu";

const loadContent = () => import("./language-menu");
const LanguageMenuContent = lazy(loadContent);

/** A header button with the languages, for pages without the user menu (sign-in, registration). */
export function LanguageToggle() {
  const t = useTranslations("shell");
  return (
    <DeferredDropdownMenu
      preload={loadContent}
      trigger={
        <Button variant="ghost" size="icon" aria-label={t("language")}>
          <LanguagesIcon aria-hidden />
        </Button>
      }
    >
      <LanguageMenuContent />
    </DeferredDropdownMenu>
  );
}
