import { hasPermission } from "@soporte/api";
import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RequesterTickets } from "@/components/dashboard/requester-tickets";
import { StaffQueue } from "@/components/dashboard/staff-queue";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { getAuth } from "@/server/auth";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const auth = await getAuth();
  if (!auth) redirect("/sign-in");
  const staff = hasPermission(auth.user, "tickets.read.all");
  const firstName = auth.user.fullName.split(" ")[0];
  return (
    <PageContainer>
      <PageHeader
        title={`Hello, ${firstName}`}
        description={
          staff
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
      {staff ? <StaffQueue /> : <RequesterTickets />}
    </PageContainer>
  );
}
