/**
 * Classes of a row-actions column: it stays at the right edge while a wide table scrolls
 * sideways (on a phone), so every row's menu is reachable without scrolling.
 */
export const STICKY_ACTIONS =
  "sticky right-0 w-12 bg-background text-right shadow-[inset_1px_0_0_var(--color-border)] md:shadow-none";

/**
 * Classes of a column shown only from a screen width up, so a table fits the screen instead of
 * scrolling sideways: the columns that matter on a phone carry none.
 */
export const WIDE = {
  sm: "hidden sm:table-cell",
  md: "hidden md:table-cell",
  lg: "hidden lg:table-cell",
  xl: "hidden xl:table-cell",
  "2xl": "hidden 2xl:table-cell",
} as const;
