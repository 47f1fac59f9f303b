import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getAuth } from "@/server/auth";
import { getPublicSettings } from "@/server/settings";
import { TRPCReactProvider } from "@/trpc/react";
import { RegisterForm } from "./register-form";
import { RegistrationClosed } from "./registration-closed";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("register.metaTitle") };
}

export default async function RegisterPage() {
  if (await getAuth()) redirect("/dashboard");
  const { registrationEnabled } = await getPublicSettings();
  return registrationEnabled ? (
    <TRPCReactProvider>
      <RegisterForm />
    </TRPCReactProvider>
  ) : (
    <RegistrationClosed />
  );
}
