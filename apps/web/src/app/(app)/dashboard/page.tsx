import { hasPermission } from "@soporte/api";
import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DashboardOverview } from "@/components/dashboard/dashboard-overview";
import { RequesterTickets } from "@/components/dashboard/requester-tickets";
import { StaffQueue } from "@/components/dashboard/staff-queue";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { getAuth } from "@/server/auth";

export const metadata: Metadata = { title: "Dashboard" };

/**
 * Home. With `dashboard.read`: the charts over the tickets the user may see, then (staff) their
 * queue. Without it: their queue or their open requests — a simpler home, never an error.
 */
export default async function DashboardPage() {
  const auth = await getAuth();
  if (!auth) redirect("/sign-in");
  const staff = hasPermission(auth.user, "tickets.read.all");
  const charts = hasPermission(auth.user, "dashboard.read");
  const firstName = auth.user.fullName.split(" ")[0];
  return (
    <PageContainer>
      <PageHeader
        title={`Hello, ${firstName}`}
        description={
          charts
            ? "How the helpdesk is doing: what is open and running late, where, with whom, and how fast it moves."
            : staff
              ? "Your queue: what is assigned to you, what nobody has taken, and what is running out of time."
              : "Your requests to the support team and where they stand."
        }
        actions={
          hasPermission(auth.user, "tickets.create") && (
            <Button asChild>
              <Link href="/tickets/new">
                <Plus aria-hidden />
                New ticket
              </Link>
            </Button>
          )
        }
      />
      {charts && <DashboardOverview />}
      {staff ? (
        <section aria-label="Your queue" className="grid gap-4">
          {charts && <h2 className="text-lg font-semibold tracking-tight">Your queue</h2>}
          <StaffQueue />
        </section>
      ) : (
        <RequesterTickets />
      )}
    </PageContainer>
  );
}
