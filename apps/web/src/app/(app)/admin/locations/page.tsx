import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocationsAdmin } from "@/components/admin/locations/locations-admin";
import { PageContainer } from "@/components/shell/page-container";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { requirePermission } from "@/server/require-permission";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.locations");
  return { title: t("title") };
}

export default async function LocationsPage() {
  await requirePermission("organizations.manage");
  return (
    <NuqsAdapter>
      <PageContainer>
        <LocationsAdmin />
      </PageContainer>
    </NuqsAdapter>
  );
}
