import type { Metadata, Viewport } from "next";
import { ThemeProvider } from "next-themes";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { Toasts } from "@/components/ui/toast";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Soporte", template: "%s · Soporte" },
  description: "IT helpdesk, staff messaging and user administration.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0a0a0f" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The proxy's per-request CSP nonce: next-themes' inline script (no theme flash) runs only with it.
  // Not `disableTransitionOnChange`: it restyles the whole page twice as it mounts (a 100–150 ms task
  // each on a phone); the theme menu switches without transitions itself (theme-toggle-items.tsx).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const locale = await getLocale();
  return (
    <html lang={locale} suppressHydrationWarning>
      <body className="min-h-dvh bg-background text-foreground antialiased">
        <ThemeProvider attribute="class" defaultTheme="system" enableSystem nonce={nonce}>
          <NextIntlClientProvider>{children}</NextIntlClientProvider>
          <Toasts />
        </ThemeProvider>
      </body>
    </html>
  );
}
