import { KeyRound, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** Reset password and delete, each behind its own dialog; a refusal (why the viewer may not) disables the button. */
export function UserDangerZoneCard({
  onResetPassword,
  onDelete,
  resetRefusal,
  deleteRefusal,
}: {
  onResetPassword: () => void;
  onDelete: () => void;
  resetRefusal: string | null;
  deleteRefusal: string | null;
}) {
  const t = useTranslations("admin.users.detail.dangerZone");
  const reasons = [...new Set([resetRefusal, deleteRefusal].filter((reason) => reason !== null))];
  return (
    <Card className="border-destructive/30">
      <CardHeader>
        <CardTitle asHeading="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <Button
          type="button"
          variant="outline"
          className="justify-start"
          disabled={resetRefusal !== null}
          onClick={onResetPassword}
        >
          <KeyRound aria-hidden />
          {t("resetPassword")}
        </Button>
        <Button
          type="button"
          variant="outline"
          className="justify-start text-destructive hover:text-destructive"
          disabled={deleteRefusal !== null}
          onClick={onDelete}
        >
          <Trash2 aria-hidden />
          {t("delete")}
        </Button>
        {reasons.map((reason) => (
          <p key={reason} className="text-sm text-muted-foreground">
            {reason}
          </p>
        ))}
      </CardContent>
    </Card>
  );
}
