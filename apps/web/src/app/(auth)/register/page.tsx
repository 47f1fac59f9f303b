import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getAuth } from "@/server/auth";
import { getPublicSettings } from "@/server/settings";
import { RegisterForm } from "./register-form";
import { RegistrationClosed } from "./registration-closed";

export const metadata: Metadata = { title: "Create an account" };

export default async function RegisterPage() {
  if (await getAuth()) redirect("/dashboard");
  const { registrationEnabled } = await getPublicSettings();
  return registrationEnabled ? <RegisterForm /> : <RegistrationClosed />;
}
