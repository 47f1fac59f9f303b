import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageContainer, PageSection } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { PasswordForm } from "./password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("password.metaTitle") };
}

export default async function PasswordPage() {
  const t = await getTranslations("account.password");
  return (
    <PageContainer>
      <PageHeader title={t("title")} description={t("description")} />
      <PageSection className="max-w-2xl">
        <PasswordForm />
      </PageSection>
    </PageContainer>
  );
}
