import { MoreHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { cn } from "@/lib/utils";

/** The "…" button that opens a row's actions menu, named after the row for screen readers. */
export function RowActionsTrigger({ name, className }: { name: string; className?: string }) {
  const t = useTranslations("common.table");
  return (
    <DropdownMenuTrigger asChild>
      <Button
        type="button"
        variant="ghost"
        size="icon"
        className={cn("size-8", className)}
        aria-label={t("rowActions", { name })}
      >
        <MoreHorizontal aria-hidden />
      </Button>
    </DropdownMenuTrigger>
  );
}
