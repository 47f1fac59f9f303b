import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoleEditor } from "@/components/admin/roles/role-editor";
import { PageContainer } from "@/components/shell/page-container";
import { apiCaller, orNotFound } from "@/server/api-caller";
import { requirePermission } from "@/server/require-permission";

export const metadata: Metadata = { title: "Role" };

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
