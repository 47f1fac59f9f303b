import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { UsersAdmin } from "@/components/admin/users/users-admin";
import { loadUsersSearchParams, userListInput } from "@/components/admin/users/users-search-params";
import { PageContainer } from "@/components/shell/page-container";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { requirePermission } from "@/server/require-permission";
import { serverApi } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("users.metaTitle") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("users.manage");
  const api = (await serverApi())!; // signed in: requirePermission sent anyone else away
  // The rows of the first page come with the HTML (a later page's cursor lives in the browser).
  const params = loadUsersSearchParams(await searchParams);
  if (params.after.length === 0) await api.trpc.users.list.prefetch(userListInput(params));
  return (
    <api.HydrateClient>
      <NuqsAdapter>
        <PageContainer>
          <UsersAdmin />
        </PageContainer>
      </NuqsAdapter>
    </api.HydrateClient>
  );
}
