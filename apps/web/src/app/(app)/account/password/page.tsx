import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Password" };

export default function PasswordPage() {
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <PageHeader title="Password" description="Changing it signs you out on every other device." />
      <PasswordForm />
    </div>
  );
}
