import { hasPermission } from "@soporte/api";
import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ChartsSkeleton, DashboardCharts, DashboardNumbers } from "@/components/dashboard/dashboard-overview";
import { DashboardRefresh } from "@/components/dashboard/dashboard-refresh";
import { RequesterTickets } from "@/components/dashboard/requester-tickets";
import { StaffQueue } from "@/components/dashboard/staff-queue";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { getAuth } from "@/server/auth";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("metadata.title") };
}

/**
 * Home. With `dashboard.read`: the numbers over the tickets the user may see, (staff) their queue,
 * then the charts. Without it: their queue or their open requests — a simpler home, never an error. Read on the
 * server as the viewer (no API client in the page's first JavaScript, docs/page-weight.md), and read
 * again when tickets change (`DashboardRefresh`).
 */
export default async function DashboardPage() {
  const auth = await getAuth();
  if (!auth) redirect("/sign-in");
  const t = await getTranslations("dashboard.page");
  const staff = hasPermission(auth.user, "tickets.read.all");
  const charts = hasPermission(auth.user, "dashboard.read");
  const firstName = auth.user.fullName.split(" ")[0] ?? "";
  return (
    <PageContainer>
      <PageHeader
        title={t("greeting", { name: firstName })}
        description={charts ? t("descriptionCharts") : staff ? t("descriptionStaff") : t("descriptionRequester")}
        actions={
          hasPermission(auth.user, "tickets.create") && (
            <Button asChild>
              <Link href="/tickets/new">
                <Plus aria-hidden />
                {t("newTicket")}
              </Link>
            </Button>
          )
        }
      />
      <DashboardRefresh />
      {/* In the first HTML, not streamed after a skeleton: the queue below would move when they came. */}
      {charts && <DashboardNumbers auth={auth} />}
      {staff ? (
        <section aria-label={t("yourQueue")} className="grid gap-4">
          {charts && <h2 className="text-lg font-semibold tracking-tight">{t("yourQueue")}</h2>}
          <StaffQueue auth={auth} />
        </section>
      ) : (
        <RequesterTickets auth={auth} />
      )}
      {charts && (
        <Suspense fallback={<ChartsSkeleton />}>
          <DashboardCharts auth={auth} />
        </Suspense>
      )}
    </PageContainer>
  );
}
