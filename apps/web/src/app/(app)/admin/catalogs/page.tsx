import type { Metadata } from "next";
import { CatalogsAdmin } from "@/components/admin/catalogs/catalogs-admin";
import { PageContainer } from "@/components/shell/page-container";
import { requirePermission } from "@/server/require-permission";

export const metadata: Metadata = { title: "Catalogs" };

export default async function CatalogsPage() {
  await requirePermission("catalogs.manage");
  return (
    <PageContainer>
      <CatalogsAdmin />
    </PageContainer>
  );
}
