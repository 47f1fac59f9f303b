import { KeyRound, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** Reset password and delete, each behind its own dialog. */
export function UserDangerZoneCard({
  onResetPassword,
  onDelete,
}: {
  onResetPassword: () => void;
  onDelete: () => void;
}) {
  return (
    <Card className="border-destructive/30">
      <CardHeader>
        <CardTitle asHeading="h2">Danger zone</CardTitle>
        <CardDescription>Both end every session of this user.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <Button type="button" variant="outline" className="justify-start" onClick={onResetPassword}>
          <KeyRound aria-hidden />
          Reset password…
        </Button>
        <Button
          type="button"
          variant="outline"
          className="justify-start text-destructive hover:text-destructive"
          onClick={onDelete}
        >
          <Trash2 aria-hidden />
          Delete user…
        </Button>
      </CardContent>
    </Card>
  );
}
