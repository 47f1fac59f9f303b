import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { RolesTable } from "@/components/admin/roles/roles-table";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { requirePermission } from "@/server/require-permission";

export const metadata: Metadata = { title: "Roles" };

export default async function RolesPage() {
  await requirePermission("roles.manage");
  return (
    <PageContainer>
      <PageHeader
        title="Roles"
        description="Sets of permissions. A user holds any number of roles and may do what any of them allows."
        actions={
          <Button asChild>
            <Link href="/admin/roles/new">
              <Plus aria-hidden />
              New role
            </Link>
          </Button>
        }
      />
      <RolesTable />
    </PageContainer>
  );
}
