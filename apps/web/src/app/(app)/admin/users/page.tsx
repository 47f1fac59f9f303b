import type { Metadata } from "next";
import { UsersAdmin } from "@/components/admin/users/users-admin";
import { requirePermission } from "@/server/require-permission";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requirePermission("users.manage");
  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <UsersAdmin />
    </div>
  );
}
