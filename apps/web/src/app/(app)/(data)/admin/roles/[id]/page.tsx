import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RoleEditor } from "@/components/admin/roles/role-editor";
import { PageContainer } from "@/components/shell/page-container";
import { apiCaller, orNotFound } from "@/server/api-caller";
import { requirePermission } from "@/server/require-permission";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("roles.editor.metaTitle") };
}

export default async function RolePage({ params }: { params: Promise<{ id: string }> }) {
  const auth = await requirePermission("roles.manage");
  const { id } = await params;
  if (!(await orNotFound(apiCaller(auth).roles.get({ id })))) notFound();
  return (
    <PageContainer>
      <RoleEditor id={id} />
    </PageContainer>
  );
}
