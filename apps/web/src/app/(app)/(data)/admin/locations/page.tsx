import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { directoryListInput, loadDirectorySearchParams } from "@/components/admin/directory/directory-search-params";
import { LocationsAdmin } from "@/components/admin/locations/locations-admin";
import { PageContainer } from "@/components/shell/page-container";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { requirePermission } from "@/server/require-permission";
import { serverApi } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.locations");
  return { title: t("title") };
}

export default async function LocationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("organizations.manage");
  const api = (await serverApi())!; // signed in: requirePermission sent anyone else away
  // The rows of the first page come with the HTML (a later page's cursor lives in the browser).
  const params = loadDirectorySearchParams(await searchParams);
  if (params.after.length === 0) await api.trpc.locations.list.prefetch(directoryListInput(params));
  return (
    <api.HydrateClient>
      <NuqsAdapter>
        <PageContainer>
          <LocationsAdmin />
        </PageContainer>
      </NuqsAdapter>
    </api.HydrateClient>
  );
}
