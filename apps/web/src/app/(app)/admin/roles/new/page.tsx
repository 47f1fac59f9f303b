import type { Metadata } from "next";
import { RoleEditor } from "@/components/admin/roles/role-editor";
import { requirePermission } from "@/server/require-permission";

export const metadata: Metadata = { title: "New role" };

export default async function NewRolePage() {
  await requirePermission("roles.manage");
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <RoleEditor />
    </div>
  );
}
