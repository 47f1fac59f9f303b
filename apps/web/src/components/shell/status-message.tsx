import { ArrowLeft, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The pages that are not there, or not for this user: their HTTP code and `common.status` texts. */
const STATUSES = { notFound: 404, forbidden: 403 } as const;

/** A page that is not there, or not for this user: what happened and the way back. */
export function StatusMessage({ status, icon: Icon }: { status: keyof typeof STATUSES; icon: LucideIcon }) {
  const t = useTranslations("common.status");
  const code = STATUSES[status];
  return (
    <section
      aria-labelledby="status-title"
      className="flex flex-col items-center gap-4 rounded-xl border border-dashed bg-card px-6 py-14 text-center"
      data-testid={`status-${code}`}
    >
      <span className="flex size-14 items-center justify-center rounded-full bg-primary/10 text-primary">
        <Icon className="size-7" aria-hidden />
      </span>
      <p className="font-mono text-sm font-medium text-muted-foreground">{t("error", { code })}</p>
      <h1 id="status-title" className="text-2xl font-semibold tracking-tight">
        {t(`${status}.title`)}
      </h1>
      <p className="max-w-md text-sm text-muted-foreground">{t(`${status}.description`)}</p>
      <Button asChild className="mt-2">
        <Link href="/dashboard">
          <ArrowLeft aria-hidden />
          {t("backToDashboard")}
        </Link>
      </Button>
    </section>
  );
}
