"use client";

import { Menu, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { UnreadBadge } from "@/components/messages/unread-badge";
import { Button } from "@/components/ui/button";

/**
 * Below the md breakpoint the sidebar folds into a panel under the header. `children`: the navigation
 * (rendered on the server); following one of its links closes the panel.
 */
export function MobileNav({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const t = useTranslations("shell");
  return (
    <div className="md:hidden">
      <Button
        variant="ghost"
        size="icon"
        aria-expanded={open}
        aria-controls="mobile-nav"
        aria-label={open ? t("closeNavigation") : t("openNavigation")}
        onClick={() => setOpen(!open)}
      >
        {open ? <X aria-hidden /> : <Menu aria-hidden />}
      </Button>
      {!open && <UnreadBadge className="pointer-events-none absolute top-2 left-9 h-4 min-w-4 px-1 text-[10px]" />}
      {open && (
        <div
          id="mobile-nav"
          className="absolute inset-x-0 top-14 z-40 border-b bg-sidebar p-4 shadow-lg"
          onClick={(event) => {
            if ((event.target as Element).closest("a")) setOpen(false);
          }}
        >
          {children}
        </div>
      )}
    </div>
  );
}
