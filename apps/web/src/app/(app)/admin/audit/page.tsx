import { hasPermission } from "@soporte/api";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditLog } from "@/components/admin/audit/audit-log";
import { PageContainer } from "@/components/shell/page-container";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { requirePermission } from "@/server/require-permission";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.log");
  return { title: t("title") };
}

export default async function AuditPage() {
  const auth = await requirePermission("audit.read");
  const userSource = hasPermission(auth.user, "users.manage")
    ? "all"
    : hasPermission(auth.user, "users.read")
      ? "staff"
      : null;
  return (
    <NuqsAdapter>
      <PageContainer>
        <AuditLog userSource={userSource} />
      </PageContainer>
    </NuqsAdapter>
  );
}
