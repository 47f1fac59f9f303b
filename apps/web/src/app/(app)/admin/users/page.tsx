import type { Metadata } from "next";
import { UsersAdmin } from "@/components/admin/users/users-admin";
import { PageContainer } from "@/components/shell/page-container";
import { requirePermission } from "@/server/require-permission";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requirePermission("users.manage");
  return (
    <PageContainer>
      <UsersAdmin />
    </PageContainer>
  );
}
