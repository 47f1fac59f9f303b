import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoleEditor } from "@/components/admin/roles/role-editor";
import { PageContainer } from "@/components/shell/page-container";
import { requirePermission } from "@/server/require-permission";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("roles.editor.newMetaTitle") };
}

export default async function NewRolePage() {
  await requirePermission("roles.manage");
  return (
    <PageContainer>
      <RoleEditor />
    </PageContainer>
  );
}
