import { hasPermission } from "@soporte/api";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { getAuth } from "@/server/auth";
import { RegistrationSetting } from "./registration-setting";

export const metadata: Metadata = { title: "Settings" };

export default async function AdminSettingsPage() {
  const auth = await getAuth();
  // Without the permission the page does not exist for this user (the API refuses the update anyway).
  if (!auth || !hasPermission(auth.user, "settings.manage")) notFound();
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <PageHeader
        title="Settings"
        description="Instance-wide settings. Changes apply at once and are recorded in the audit log."
      />
      <RegistrationSetting />
    </div>
  );
}
