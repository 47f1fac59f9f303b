import type { Metadata } from "next";
import { OrganizationsAdmin } from "@/components/admin/organizations/organizations-admin";
import { PageContainer } from "@/components/shell/page-container";
import { requirePermission } from "@/server/require-permission";

export const metadata: Metadata = { title: "Organizations" };

export default async function OrganizationsPage() {
  await requirePermission("organizations.manage");
  return (
    <PageContainer>
      <OrganizationsAdmin />
    </PageContainer>
  );
}
