"use client";

import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { flushSync } from "react-dom";
import {
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
} from "./dropdown-menu";
import { THEMES } from "./theme-toggle";

/** The theme button's menu (theme-toggle.tsx): light, dark or the system's. */
export default function ThemeMenuContent() {
  const t = useTranslations("common.theme");
  const { theme, setTheme } = useTheme();
  return (
    <DropdownMenuContent align="end" className="min-w-36">
      <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">{t("label")}</DropdownMenuLabel>
      <DropdownMenuSeparator />
      <DropdownMenuRadioGroup value={theme ?? "system"} onValueChange={(value) => switchWithoutTransitions(() => setTheme(value))}>
        {THEMES.map(({ value, label, Icon }) => (
          <DropdownMenuRadioItem key={value} value={value}>
            <Icon aria-hidden />
            {t(label)}
          </DropdownMenuRadioItem>
        ))}
      </DropdownMenuRadioGroup>
    </DropdownMenuContent>
  );
}

/**
 * Applies a theme with every CSS transition off, so the page's colours change at once instead of
 * fading element by element: the new class is set within `flushSync` (next-themes sets it in an
 * effect, which a synchronous update runs before returning), and the style is read once before the
 * transitions come back.
 */
function switchWithoutTransitions(apply: () => void) {
  const style = document.createElement("style");
  style.textContent = "*,*::before,*::after{transition:none!important}";
  document.head.append(style);
  flushSync(apply);
  void window.getComputedStyle(document.body).color;
  setTimeout(() => style.remove(), 1);
}
