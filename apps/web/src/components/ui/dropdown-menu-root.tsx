"use client";

import { useEffect, useRef, type ComponentProps, type ReactElement, type ReactNode } from "react";
import { DropdownMenu, DropdownMenuTrigger } from "./dropdown-menu";

/**
 * The real menu behind a `DeferredDropdownMenu`, mounted where its plain button was. The button had
 * the focus (`focusTrigger`): swapping it out dropped the focus on the page's body, and this one takes
 * it, so a keyboard user does not notice the swap. Unless the user moved the focus on meanwhile
 * (tabbing past the button while this code loaded): then it stays where they put it.
 */
export default function DropdownMenuRoot({
  trigger,
  defaultOpen,
  focusTrigger,
  children,
}: {
  trigger: ReactElement<ComponentProps<"button">>;
  defaultOpen: boolean;
  focusTrigger: boolean;
  children: ReactNode;
}) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const focusIsLost = !document.activeElement || document.activeElement === document.body;
    if (focusTrigger && focusIsLost && !defaultOpen) triggerRef.current?.focus();
    // Only when mounted: afterwards Radix manages the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild ref={triggerRef}>
        {trigger}
      </DropdownMenuTrigger>
      {children}
    </DropdownMenu>
  );
}
