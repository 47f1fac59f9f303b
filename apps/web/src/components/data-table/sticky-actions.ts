/**
 * Classes of a row-actions column: it stays at the right edge while a wide table scrolls
 * sideways (on a phone), so every row's menu is reachable without scrolling.
 */
export const STICKY_ACTIONS =
  "sticky right-0 w-12 bg-background text-right shadow-[inset_1px_0_0_var(--color-border)] md:shadow-none";
