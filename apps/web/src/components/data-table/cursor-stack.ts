/**
 * Keyset pagination keeps, in the URL, the cursors that led to the current page: page 1 has none,
 * page n the n-1 cursors returned by the pages before it. "Previous" drops the last one.
 */
export const cursorStack = {
  current: (stack: readonly string[]): string | null => stack.at(-1) ?? null,
  page: (stack: readonly string[]): number => stack.length + 1,
  next: (stack: readonly string[], nextCursor: string): string[] => [...stack, nextCursor],
  previous: (stack: readonly string[]): string[] => stack.slice(0, -1),
};
