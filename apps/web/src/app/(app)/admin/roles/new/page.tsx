import type { Metadata } from "next";
import { RoleEditor } from "@/components/admin/roles/role-editor";
import { PageContainer } from "@/components/shell/page-container";
import { requirePermission } from "@/server/require-permission";

export const metadata: Metadata = { title: "New role" };

export default async function NewRolePage() {
  await requirePermission("roles.manage");
  return (
    <PageContainer>
      <RoleEditor />
    </PageContainer>
  );
}
