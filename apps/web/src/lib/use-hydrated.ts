import { useSyncExternalStore } from "react";

const noopSubscribe = () => () => {};

/**
 * `false` during SSR and hydration, `true` afterwards — without a setState-in-effect re-render. For
 * what only the browser knows (the viewer's time zone, the chosen theme): render the server's
 * version first, the browser's right after.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noopSubscribe,
    () => true,
    () => false,
  );
}

/**
 * The time zone to write dates in: UTC while the server renders and the browser hydrates (they agree
 * on it), the viewer's own right after. A date from the server's render would otherwise be written in
 * the server's zone and not match the browser's (React would throw the page's HTML away).
 */
export function useViewerTimeZone(): string | undefined {
  return useHydrated() ? undefined : "UTC";
}
