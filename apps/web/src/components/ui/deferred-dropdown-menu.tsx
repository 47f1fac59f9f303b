"use client";

import {
  cloneElement,
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
  type ComponentProps,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
} from "react";
import { onFirstInteraction } from "@/lib/first-interaction";

// Radix's menu (about 30 KB gzip with its positioning and focus code) is not part of any page's first
// JavaScript. Until someone reaches for a menu, its button is a plain button; pointing at it, focusing
// it or pressing it mounts the real menu in its place — opened, when it was pressed. The code loads
// at the page's first interaction, so that the swap is usually immediate. docs/page-weight.md.
const loadRoot = () => import("./dropdown-menu-root");
const DropdownMenuRoot = lazy(loadRoot);

const OPENING_KEYS = new Set(["Enter", " ", "ArrowDown"]);

type Wanted = "no" | "yes" | "open";

/**
 * A dropdown menu that loads on demand.
 * - `trigger`: the button (a `Button` element), rendered as is before and after.
 * - `children`: the menu's `DropdownMenuContent`, from a module of its own made into a component
 *   with `lazy()` — so that nothing on the page imports `dropdown-menu` statically.
 * - `preload`: the same `import()` as that `lazy()`, run at the page's first interaction.
 */
export function DeferredDropdownMenu({
  trigger,
  children,
  preload,
}: {
  trigger: ReactElement<ComponentProps<"button">>;
  children: ReactNode;
  preload?: () => Promise<unknown>;
}) {
  const [wanted, setWanted] = useState<Wanted>("no");
  const focused = useRef(false);

  useEffect(
    () =>
      onFirstInteraction(() => {
        void loadRoot();
        void preload?.();
      }),
    [preload],
  );

  const want = (next: Wanted) => setWanted((current) => (current === "open" ? current : next));
  const placeholder = cloneElement(trigger, {
    "aria-haspopup": "menu",
    "aria-expanded": false,
    onPointerEnter: () => want("yes"),
    onFocus: () => {
      focused.current = true;
      want("yes");
    },
    onBlur: () => {
      focused.current = false;
    },
    // Radix opens a menu on pointer down and on these keys, not on click: the same here.
    onPointerDown: (event) => {
      if (event.button === 0 && !event.ctrlKey) want("open");
    },
    onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => {
      if (OPENING_KEYS.has(event.key)) {
        event.preventDefault();
        want("open");
      }
    },
  });

  if (wanted === "no") return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <DropdownMenuRoot trigger={trigger} defaultOpen={wanted === "open"} focusTrigger={focused.current}>
        {children}
      </DropdownMenuRoot>
    </Suspense>
  );
}
