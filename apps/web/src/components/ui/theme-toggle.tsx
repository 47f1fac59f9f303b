"use client";

import { MonitorIcon, MoonIcon, SunIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import * as React from "react";
import { useHydrated } from "@/lib/use-hydrated";
import { cn } from "@/lib/utils";
import { Button } from "./button";
import { DeferredDropdownMenu } from "./deferred-dropdown-menu";

const loadItems = () => import("./theme-toggle-items");
const ThemeMenuContent = React.lazy(loadItems);

/** `label`: a key of `common.theme`. */
export const THEMES = [
  { value: "light", label: "light", Icon: SunIcon },
  { value: "dark", label: "dark", Icon: MoonIcon },
  { value: "system", label: "system", Icon: MonitorIcon },
] as const;

/**
 * Light / dark / system switcher (needs next-themes' `ThemeProvider` with `attribute="class"` above it).
 *
 * The trigger's sun/moon icon is chosen by CSS (`dark:` variant), so the server-rendered markup never
 * depends on the stored theme and cannot mismatch on hydration; the selected option is only read once
 * the component has hydrated.
 */
function ThemeToggle({ className, ...props }: Omit<React.ComponentProps<typeof Button>, "children" | "asChild">) {
  const t = useTranslations("common.theme");
  const { theme } = useTheme();
  const hydrated = useHydrated();
  const current = hydrated ? THEMES.find((option) => option.value === theme) : undefined;

  return (
    <DeferredDropdownMenu
      preload={loadItems}
      trigger={
        <Button
          variant="ghost"
          size="icon"
          data-slot="theme-toggle"
          aria-label={current ? t("changeCurrent", { theme: t(current.label) }) : t("change")}
          className={cn("relative", className)}
          {...props}
        >
          <SunIcon
            className="size-[1.15rem] scale-100 rotate-0 transition-transform dark:scale-0 dark:-rotate-90"
            aria-hidden
          />
          <MoonIcon
            className="absolute size-[1.15rem] scale-0 rotate-90 transition-transform dark:scale-100 dark:rotate-0"
            aria-hidden
          />
        </Button>
      }
    >
      <ThemeMenuContent />
    </DeferredDropdownMenu>
  );
}

export { ThemeToggle };
