import type { Metadata } from "next";
import { LocationsAdmin } from "@/components/admin/locations/locations-admin";
import { PageContainer } from "@/components/shell/page-container";
import { requirePermission } from "@/server/require-permission";

export const metadata: Metadata = { title: "Locations" };

export default async function LocationsPage() {
  await requirePermission("organizations.manage");
  return (
    <PageContainer>
      <LocationsAdmin />
    </PageContainer>
  );
}
