import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageContainer, PageSection } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { requirePermission } from "@/server/require-permission";
import { RegistrationSetting } from "./registration-setting";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.settings");
  return { title: t("title") };
}

export default async function AdminSettingsPage() {
  await requirePermission("settings.manage");
  const t = await getTranslations("audit.settings");
  return (
    <PageContainer>
      <PageHeader title={t("title")} description={t("description")} />
      <PageSection>
        <RegistrationSetting />
      </PageSection>
    </PageContainer>
  );
}
