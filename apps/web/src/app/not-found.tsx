import { FileQuestion, LifeBuoy } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AppShell } from "@/components/shell/app-shell";
import { PageContainer } from "@/components/shell/page-container";
import { StatusMessage } from "@/components/shell/status-message";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { getAuth } from "@/server/auth";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: t("status.notFound.title") };
}

/** An address no route matches: inside the app's shell for a signed-in user, on its own otherwise. */
export default async function NotFound() {
  const auth = await getAuth();
  const message = <StatusMessage status="notFound" icon={FileQuestion} />;
  if (auth) {
    return (
      <AppShell user={auth.user}>
        <PageContainer>{message}</PageContainer>
      </AppShell>
    );
  }
  return (
    <div className="flex min-h-dvh flex-col bg-muted/40">
      <header className="flex items-center justify-between px-6 py-4">
        <Link href="/dashboard" className="flex items-center gap-2 font-semibold tracking-tight">
          <LifeBuoy className="size-5 text-primary" aria-hidden />
          Soporte
        </Link>
        <ThemeToggle />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-8 pb-16 sm:items-center sm:pt-0">
        <div className="w-full max-w-xl">{message}</div>
      </main>
    </div>
  );
}
