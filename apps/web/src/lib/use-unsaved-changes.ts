"use client";

import { useEffect } from "react";

const QUESTION = "You have unsaved changes. Leave this page and lose them?";

/**
 * While `dirty`, asks before the page is left: on reload, close or an outside link (the browser's own
 * prompt) and on a link inside the app (the app router has no navigation event to cancel, so clicks on
 * same-origin links are caught before Next.js handles them).
 */
export function useUnsavedChanges(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const click = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.origin !== window.location.origin)
        return;
      if (link.pathname === window.location.pathname && link.search === window.location.search) return;
      if (!window.confirm(QUESTION)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [dirty]);
}
