"use client";

import { useTheme } from "next-themes";
import type * as React from "react";
import { Toaster as Sonner, type ToasterProps } from "sonner";

type SonnerTheme = NonNullable<ToasterProps["theme"]>;

function toSonnerTheme(theme: string | undefined): SonnerTheme {
  return theme === "light" || theme === "dark" ? theme : "system";
}

/**
 * The app's toast outlet: toasts follow the active light/dark theme and use the design tokens. Loaded
 * with the first toast by `Toasts` (toast.tsx), which is mounted once inside next-themes' `ThemeProvider`;
 * show toasts with `toast` from toast.tsx.
 */
function Toaster({ style, toastOptions, ...props }: ToasterProps) {
  const { theme } = useTheme();
  return (
    <Sonner
      theme={toSonnerTheme(theme)}
      className="toaster group"
      style={
        {
          "--normal-bg": "var(--popover)",
          "--normal-text": "var(--popover-foreground)",
          "--normal-border": "var(--border)",
          "--success-bg": "var(--popover)",
          "--success-text": "var(--success)",
          "--success-border": "var(--border)",
          "--error-bg": "var(--popover)",
          "--error-text": "var(--destructive)",
          "--error-border": "var(--border)",
          "--warning-bg": "var(--popover)",
          "--warning-text": "var(--warning)",
          "--warning-border": "var(--border)",
          "--border-radius": "var(--radius)",
          ...style,
        } as React.CSSProperties
      }
      toastOptions={{
        ...toastOptions,
        classNames: {
          toast: "font-sans shadow-lg",
          description: "text-muted-foreground!",
          actionButton: "bg-primary! text-primary-foreground!",
          cancelButton: "bg-muted! text-muted-foreground!",
          ...toastOptions?.classNames,
        },
      }}
      {...props}
    />
  );
}

export { Toaster };
