import { KeyRound, Trash2 } from "lucide-react";
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
  const reasons = [...new Set([resetRefusal, deleteRefusal].filter((reason) => reason !== null))];
  return (
    <Card className="border-destructive/30">
      <CardHeader>
        <CardTitle asHeading="h2">Danger zone</CardTitle>
        <CardDescription>Both end every session of this user.</CardDescription>
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
          Reset password…
        </Button>
        <Button
          type="button"
          variant="outline"
          className="justify-start text-destructive hover:text-destructive"
          disabled={deleteRefusal !== null}
          onClick={onDelete}
        >
          <Trash2 aria-hidden />
          Delete user…
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
