import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { RolesTable } from "@/components/admin/roles/roles-table";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { requirePermission } from "@/server/require-permission";
import { serverApi } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("roles.metaTitle") };
}

export default async function RolesPage() {
  await requirePermission("roles.manage");
  const api = (await serverApi())!; // signed in: requirePermission sent anyone else away
  // The roles come with the HTML.
  const [t] = await Promise.all([getTranslations("admin.roles"), api.trpc.roles.list.prefetch()]);
  return (
    <api.HydrateClient>
      <PageContainer>
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={
            <Button asChild>
              <Link href="/admin/roles/new">
                <Plus aria-hidden />
                {t("newRole")}
              </Link>
            </Button>
          }
        />
        <RolesTable />
      </PageContainer>
    </api.HydrateClient>
  );
}
