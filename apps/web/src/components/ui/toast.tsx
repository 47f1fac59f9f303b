"use client";

import type { ReactNode } from "react";
import { lazy, useSyncExternalStore } from "react";
import type { ExternalToast } from "sonner";
import { Deferred } from "./deferred";

// sonner and the styled toaster load with the first toast (or at the page's first interaction),
// not with every page: most page views show none. sonner replays toasts raised before its toaster
// subscribed. docs/page-weight.md.
const loadSonner = () => import("sonner");
const loadToaster = () => import("./sonner");
const Toaster = lazy(() => loadToaster().then((module) => ({ default: module.Toaster })));

let wanted = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function show(kind: "message" | "success" | "error") {
  return (message: ReactNode, data?: ExternalToast): void => {
    if (!wanted) {
      wanted = true;
      listeners.forEach((listener) => listener());
    }
    void loadSonner().then(({ toast }) => (kind === "message" ? toast : toast[kind])(message, data));
  };
}

/** Shows a toast: `toast.success(t("saved"))`, `toast.error(describeApiError(error))`. */
export const toast = Object.assign(show("message"), { success: show("success"), error: show("error") });

/** The app's toast outlet, mounted once in the root layout; it renders nothing until the first toast. */
export function Toasts() {
  const shown = useSyncExternalStore(
    subscribe,
    () => wanted,
    () => false,
  );
  return (
    <Deferred when={shown} preload={loadToaster}>
      <Toaster />
    </Deferred>
  );
}
