import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getAuth } from "@/server/auth";
import { getPublicSettings } from "@/server/settings";
import { safeCallbackUrl } from "@/lib/safe-redirect";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signIn.metaTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getAuth()) redirect(callbackUrl);
  const { registrationEnabled } = await getPublicSettings();
  return <SignInForm callbackUrl={callbackUrl} registrationEnabled={registrationEnabled} />;
}
