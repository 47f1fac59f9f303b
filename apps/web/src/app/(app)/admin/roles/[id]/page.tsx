import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoleEditor } from "@/components/admin/roles/role-editor";
import { apiCaller, orNotFound } from "@/server/api-caller";
import { requirePermission } from "@/server/require-permission";

export const metadata: Metadata = { title: "Role" };

export default async function RolePage({ params }: { params: Promise<{ id: string }> }) {
  const auth = await requirePermission("roles.manage");
  const { id } = await params;
  if (!(await orNotFound(apiCaller(auth).roles.get({ id })))) notFound();
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <RoleEditor id={id} />
    </div>
  );
}
