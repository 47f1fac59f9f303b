"use client";

import { lazy } from "react";
import type { ConfirmDialogProps } from "./confirm-dialog-body";
import { Deferred } from "./deferred";

const loadBody = () => import("./confirm-dialog-body");
const ConfirmDialogBody = lazy(() => loadBody().then((module) => ({ default: module.ConfirmDialogBody })));

/**
 * An alert dialog that asks before a destructive action and stays open while it runs, so a failure can
 * be shown in place; the caller closes it on success (`onOpenChange(false)`). Radix's dialog loads
 * when it is first opened (or at the page's first interaction): docs/page-weight.md.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <Deferred when={props.open} preload={loadBody}>
      <ConfirmDialogBody {...props} />
    </Deferred>
  );
}

export type { ConfirmDialogProps };
