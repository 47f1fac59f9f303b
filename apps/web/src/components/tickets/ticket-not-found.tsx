import { SearchX } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** A ticket that does not exist, was deleted, or is not the viewer's to see: all look the same. */
export function TicketNotFound({ number }: { number?: number }) {
  const t = useTranslations("tickets.notFound");
  return (
    <div
      className="flex flex-col items-center gap-3 rounded-lg border border-dashed px-4 py-16 text-center"
      data-testid="ticket-not-found"
    >
      <SearchX className="size-10 text-muted-foreground" aria-hidden />
      <h1 className="text-xl font-semibold tracking-tight">{number ? t("titleNumber", { number }) : t("title")}</h1>
      <p className="max-w-md text-sm text-muted-foreground">{t("description")}</p>
      <Button asChild variant="outline" className="mt-2">
        <Link href="/tickets">{t("back")}</Link>
      </Button>
    </div>
  );
}
