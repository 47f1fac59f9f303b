"use client";

import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "@/lib/utils";

export type TabItem<V extends string> = { value: V; label: ReactNode };

/** Ids that tie a tab to its panel: give the panel `id={tabPanelId(prefix)}` and `aria-labelledby={tabId(prefix, value)}`. */
export const tabId = (prefix: string, value: string) => `${prefix}-tab-${value}`;
export const tabPanelId = (prefix: string) => `${prefix}-panel`;

/**
 * A row of tabs for one panel whose content the selected tab decides (WAI-ARIA tabs with automatic
 * activation: arrow keys, Home and End move between tabs and select them; only the selected tab is
 * in the Tab order). It scrolls sideways when it does not fit, e.g. on a phone.
 */
export function Tabs<V extends string>({
  items,
  value,
  onValueChange,
  idPrefix,
  label,
  className,
}: {
  items: readonly TabItem<V>[];
  value: V;
  onValueChange: (value: V) => void;
  idPrefix: string;
  label: string;
  className?: string;
}) {
  const refs = useRef(new Map<V, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = items.findIndex((item) => item.value === value);
    const last = items.length - 1;
    const next =
      event.key === "ArrowRight" ? (index === last ? 0 : index + 1)
      : event.key === "ArrowLeft" ? (index === 0 ? last : index - 1)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : null;
    const item = next === null ? undefined : items[next];
    if (!item) return;
    event.preventDefault();
    onValueChange(item.value);
    refs.current.get(item.value)?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={label}
      onKeyDown={onKeyDown}
      className={cn("flex max-w-full gap-1 overflow-x-auto border-b", className)}
    >
      {items.map((item) => {
        const selected = item.value === value;
        return (
          <button
            key={item.value}
            ref={(node) => {
              if (node) refs.current.set(item.value, node);
              else refs.current.delete(item.value);
            }}
            type="button"
            role="tab"
            id={tabId(idPrefix, item.value)}
            aria-selected={selected}
            aria-controls={tabPanelId(idPrefix)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onValueChange(item.value)}
            className={cn(
              "-mb-px flex shrink-0 items-center gap-2 border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors",
              "hover:text-foreground focus-visible:rounded-sm focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
              selected && "border-primary text-foreground",
            )}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}
