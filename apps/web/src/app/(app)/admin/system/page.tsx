import type { Metadata } from "next";
import { DatabaseHealthCard } from "@/components/admin/system/database-health-card";
import { PageContainer, PageSection } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { requirePermission } from "@/server/require-permission";

export const metadata: Metadata = { title: "System" };

export default async function SystemPage() {
  await requirePermission("settings.manage");
  return (
    <PageContainer>
      <PageHeader
        title="System"
        description="The state of this Soporte instance: its database and the migrations applied to it."
      />
      <PageSection>
        <DatabaseHealthCard />
      </PageSection>
    </PageContainer>
  );
}
