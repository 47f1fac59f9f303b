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
