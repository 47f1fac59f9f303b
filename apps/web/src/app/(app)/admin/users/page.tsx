import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UsersAdmin } from "@/components/admin/users/users-admin";
import { PageContainer } from "@/components/shell/page-container";
import { requirePermission } from "@/server/require-permission";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("users.metaTitle") };
}

export default async function UsersPage() {
  await requirePermission("users.manage");
  return (
    <PageContainer>
      <UsersAdmin />
    </PageContainer>
  );
}
