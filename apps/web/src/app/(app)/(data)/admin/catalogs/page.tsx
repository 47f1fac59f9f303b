import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CatalogsAdmin } from "@/components/admin/catalogs/catalogs-admin";
import { PageContainer } from "@/components/shell/page-container";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { requirePermission } from "@/server/require-permission";
import { serverApi } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.catalogs");
  return { title: t("title") };
}

export default async function CatalogsPage() {
  await requirePermission("catalogs.manage");
  const api = (await serverApi())!; // signed in: requirePermission sent anyone else away
  // Every catalog's entries come with the HTML, whichever tab is open.
  await api.trpc.catalogs.list.prefetch();
  return (
    <api.HydrateClient>
      <NuqsAdapter>
        <PageContainer>
          <CatalogsAdmin />
        </PageContainer>
      </NuqsAdapter>
    </api.HydrateClient>
  );
}
