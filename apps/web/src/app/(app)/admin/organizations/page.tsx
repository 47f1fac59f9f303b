import type { Metadata } from "next";
import { OrganizationsAdmin } from "@/components/admin/organizations/organizations-admin";
import { requirePermission } from "@/server/require-permission";

export const metadata: Metadata = { title: "Organizations" };

export default async function OrganizationsPage() {
  await requirePermission("organizations.manage");
  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <OrganizationsAdmin />
    </div>
  );
}
