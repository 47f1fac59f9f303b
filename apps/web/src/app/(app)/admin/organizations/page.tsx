import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganizationsAdmin } from "@/components/admin/organizations/organizations-admin";
import { PageContainer } from "@/components/shell/page-container";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { requirePermission } from "@/server/require-permission";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.organizations");
  return { title: t("title") };
}

export default async function OrganizationsPage() {
  await requirePermission("organizations.manage");
  return (
    <NuqsAdapter>
      <PageContainer>
        <OrganizationsAdmin />
      </PageContainer>
    </NuqsAdapter>
  );
}
