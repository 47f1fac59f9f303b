import { Plus } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { ExportCsvButton } from "./export-csv-button";
import type { TicketsViewer } from "./ticket-types";
import { TicketsWorkspace } from "./tickets-workspace";

/** The /tickets page: header with "Export CSV" and "New ticket", then the saved views and the table. */
export function TicketsPage({ viewer }: { viewer: TicketsViewer }) {
  const t = useTranslations("tickets");
  return (
    <>
      <PageHeader
        title={t("page.title")}
        description={viewer.seesAll ? t("page.descriptionAll") : t("page.descriptionOwn")}
        actions={
          <>
            <ExportCsvButton />
            {viewer.create && (
              <Button asChild>
                <Link href="/tickets/new">
                  <Plus aria-hidden />
                  {t("page.newTicket")}
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
