import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SheetClose, SheetFooter } from "@/components/ui/sheet";

/** Cancel + submit at the foot of the create / edit user sheets. */
export function UserSheetFooter({
  submitLabel,
  isSubmitting,
  canSubmit = true,
}: {
  submitLabel: string;
  isSubmitting: boolean;
  canSubmit?: boolean;
}) {
  const t = useTranslations("admin.users.form");
  return (
    <SheetFooter>
      <SheetClose asChild>
        <Button type="button" variant="outline" disabled={isSubmitting}>
          {t("cancel")}
        </Button>
      </SheetClose>
      <Button type="submit" disabled={isSubmitting || !canSubmit}>
        {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
        {submitLabel}
      </Button>
    </SheetFooter>
  );
}
