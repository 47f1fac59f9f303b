import { MoreHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/** The "…" button that opens a row's actions menu (a `DeferredDropdownMenu`), named after the row for screen readers. */
export function RowActionsButton({ name, className, ...props }: { name: string } & ComponentProps<typeof Button>) {
  const t = useTranslations("common.table");
  return (
    <Button
      type="button"
      variant="ghost"
      size="icon"
      className={cn("size-8", className)}
      aria-label={t("rowActions", { name })}
      {...props}
    >
      <MoreHorizontal aria-hidden />
    </Button>
  );
}
