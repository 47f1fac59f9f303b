import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { getAuth } from "@/server/auth";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const auth = await getAuth();
  if (!auth) {
    const here = (await headers()).get("x-pathname") ?? "/dashboard";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(here)}`);
  }
  return <AppShell user={auth.user}>{children}</AppShell>;
}
