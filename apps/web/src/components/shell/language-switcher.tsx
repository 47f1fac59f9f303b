"use client";

import { LanguagesIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy } from "react";
import { Button } from "@/components/ui/button";
import { DeferredDropdownMenu } from "@/components/ui/deferred-dropdown-menu";

const loadItems = () => import("./language-switcher-items");
const LanguageMenuContent = lazy(loadItems);

/** A header button with the languages, for pages without the user menu (sign-in, registration). */
export function LanguageToggle() {
  const t = useTranslations("shell");
  return (
    <DeferredDropdownMenu
      preload={loadItems}
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
