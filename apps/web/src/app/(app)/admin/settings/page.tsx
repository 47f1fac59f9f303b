import type { Metadata } from "next";
import { PageContainer, PageSection } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { requirePermission } from "@/server/require-permission";
import { RegistrationSetting } from "./registration-setting";

export const metadata: Metadata = { title: "Settings" };

export default async function AdminSettingsPage() {
  await requirePermission("settings.manage");
  return (
    <PageContainer>
      <PageHeader
        title="Settings"
        description="Instance-wide settings. Changes apply at once and are recorded in the audit log."
      />
      <PageSection>
        <RegistrationSetting />
      </PageSection>
    </PageContainer>
  );
}
