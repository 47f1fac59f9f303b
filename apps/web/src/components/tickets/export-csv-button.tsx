"use client";

import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { exportHref, useTicketsSearchParams } from "./tickets-search-params";

/** At most this many rows go into one export (the API's EXPORT_MAX_ROWS). */
const EXPORT_MAX_ROWS = "100 000";

/** Downloads the list as it is filtered and sorted now, every page of it, as CSV. */
export function ExportCsvButton() {
  const [params] = useTicketsSearchParams();
  const t = useTranslations("tickets");
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <Button asChild variant="outline">
          <a href={exportHref(params)} download>
            <Download aria-hidden />
            {t("export.button")}
          </a>
        </Button>
      </TooltipTrigger>
      <TooltipContent>{t("export.tooltip", { max: EXPORT_MAX_ROWS })}</TooltipContent>
    </Tooltip>
  );
}
