import { Plus } from "lucide-react";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { ExportCsvButton } from "./export-csv-button";
import type { TicketsViewer } from "./ticket-types";
import { TicketsWorkspace } from "./tickets-workspace";

/** The /tickets page: header with "Export CSV" and "New ticket", then the saved views and the table. */
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
          <>
            <ExportCsvButton />
            {viewer.create && (
              <Button asChild>
                <Link href="/tickets/new">
                  <Plus aria-hidden />
                  New ticket
                </Link>
              </Button>
            )}
          </>
        }
      />
      <TicketsWorkspace viewer={viewer} />
    </>
  );
}
