import { Plus } from "lucide-react";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import type { TicketsViewer } from "./ticket-types";
import { TicketsTable } from "./tickets-table";

/** The /tickets page: header with "New ticket" and the table. */
export function TicketsPage({ viewer }: { viewer: TicketsViewer }) {
  return (
    <>
      <PageHeader
        title="Tickets"
        description={
          viewer.seesAll
            ? "Every request to the helpdesk: find, sort and work them."
            : "The requests you opened with the helpdesk, and where they stand."
        }
        actions={
          viewer.create && (
            <Button asChild>
              <Link href="/tickets/new">
                <Plus aria-hidden />
                New ticket
              </Link>
            </Button>
          )
        }
      />
      <TicketsTable viewer={viewer} />
    </>
  );
}
