import { hasPermission } from "@soporte/api";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { AuditLog } from "@/components/admin/audit/audit-log";
import { auditListInput, loadAuditSearchParams } from "@/components/admin/audit/audit-search-params";
import { PageContainer } from "@/components/shell/page-container";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { requirePermission } from "@/server/require-permission";
import { serverApi } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.log");
  return { title: t("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const auth = await requirePermission("audit.read");
  const api = (await serverApi())!; // signed in: requirePermission sent anyone else away
  // The first page of entries comes with the HTML. Not a later page (its cursor lives in the browser),
  // nor a range of days: a day starts and ends in the viewer's time zone, which only the browser knows.
  const params = loadAuditSearchParams(await searchParams);
  if (params.after.length === 0 && !params.from && !params.to)
    await api.trpc.audit.list.prefetch(auditListInput(params));
  const userSource = hasPermission(auth.user, "users.manage")
    ? "all"
    : hasPermission(auth.user, "users.read")
      ? "staff"
      : null;
  return (
    <api.HydrateClient>
      <NuqsAdapter>
        <PageContainer>
          <AuditLog userSource={userSource} />
        </PageContainer>
      </NuqsAdapter>
    </api.HydrateClient>
  );
}
