import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DatabaseHealthCard } from "@/components/admin/system/database-health-card";
import { PageContainer, PageSection } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { requirePermission } from "@/server/require-permission";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.system");
  return { title: t("title") };
}

export default async function SystemPage() {
  await requirePermission("settings.manage");
  const t = await getTranslations("audit.system");
  return (
    <PageContainer>
      <PageHeader title={t("title")} description={t("description")} />
      <PageSection>
        <DatabaseHealthCard />
      </PageSection>
    </PageContainer>
  );
}
