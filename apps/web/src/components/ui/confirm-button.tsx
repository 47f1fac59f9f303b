"use client";

import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import * as React from "react";
import { flushSync } from "react-dom";
import { cn } from "@/lib/utils";
import { Button, type ButtonProps } from "./button";

type ConfirmButtonProps = {
  /** Text of the button that asks for confirmation. */
  children: React.ReactNode;
  /** The question shown in place of the button, e.g. "Sign this device out?". */
  question: React.ReactNode;
  /** Text of the button that carries out the action; make it say what happens ("Yes, revoke"). */
  confirmLabel: React.ReactNode;
  /** Defaults to "Cancel". */
  cancelLabel?: React.ReactNode;
  onConfirm: () => void;
  /** The action is running: the confirm button shows a spinner and both buttons are disabled. */
  pending?: boolean;
  /** The first button cannot be pressed (nothing to act on, or another action is running). */
  disabled?: boolean;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  className?: string;
  /** Accessible name of the first button when its text alone is ambiguous (e.g. one per table row). */
  "aria-label"?: string;
};

/**
 * A destructive action that asks first, in place: the button turns into "question [confirm] [cancel]".
 * Focus moves to Cancel (so a double Enter does nothing harmful); Escape or Cancel brings the button back
 * and returns focus to it.
 */
function ConfirmButton({
  children,
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  pending = false,
  disabled = false,
  variant = "outline",
  size = "sm",
  className,
  "aria-label": ariaLabel,
}: ConfirmButtonProps) {
  const t = useTranslations("common");
  const [asking, setAsking] = React.useState(false);
  const triggerRef = React.useRef<HTMLButtonElement>(null);
  const questionId = React.useId();

  const cancel = () => {
    flushSync(() => setAsking(false));
    triggerRef.current?.focus();
  };

  if (!asking && !pending) {
    return (
      <Button
        ref={triggerRef}
        type="button"
        variant={variant}
        size={size}
        className={className}
        aria-label={ariaLabel}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {children}
      </Button>
    );
  }

  return (
    <div
      role="group"
      aria-labelledby={questionId}
      data-slot="confirm"
      className={cn("flex flex-wrap items-center gap-x-3 gap-y-2", className)}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !pending) {
          event.stopPropagation();
          cancel();
        }
      }}
    >
      <span id={questionId} className="text-sm font-medium">
        {question}
      </span>
      <span className="flex gap-2">
        <Button type="button" variant="destructive" size={size} disabled={pending} onClick={onConfirm}>
          {pending && <Loader2 className="animate-spin" aria-hidden />}
          {confirmLabel}
        </Button>
        {/* autoFocus: the question replaced the button that had focus. */}
        <Button type="button" variant="ghost" size={size} disabled={pending} onClick={cancel} autoFocus>
          {cancelLabel ?? t("cancel")}
        </Button>
      </span>
    </div>
  );
}

export { ConfirmButton, type ConfirmButtonProps };
