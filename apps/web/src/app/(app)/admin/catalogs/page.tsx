import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CatalogsAdmin } from "@/components/admin/catalogs/catalogs-admin";
import { PageContainer } from "@/components/shell/page-container";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { requirePermission } from "@/server/require-permission";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.catalogs");
  return { title: t("title") };
}

export default async function CatalogsPage() {
  await requirePermission("catalogs.manage");
  return (
    <NuqsAdapter>
      <PageContainer>
        <CatalogsAdmin />
      </PageContainer>
    </NuqsAdapter>
  );
}
