import type { Metadata } from "next";
import { PageContainer, PageSection } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Password" };

export default function PasswordPage() {
  return (
    <PageContainer>
      <PageHeader title="Password" description="Changing it signs you out on every other device." />
      <PageSection className="max-w-2xl">
        <PasswordForm />
      </PageSection>
    </PageContainer>
  );
}
