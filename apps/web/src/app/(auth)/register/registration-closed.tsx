import { Lock } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export function RegistrationClosed() {
  return (
    <Card className="w-full max-w-sm shadow-sm">
      <CardHeader>
        <span className="mb-2 flex size-10 items-center justify-center rounded-full bg-muted text-muted-foreground">
          <Lock className="size-5" aria-hidden />
        </span>
        <CardTitle asHeading="h1" className="text-xl">
          Registration is closed
        </CardTitle>
        <CardDescription>
          This Soporte instance does not accept new accounts right now. Ask an administrator to create one for you.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Button asChild variant="outline" className="w-full">
          <Link href="/sign-in">Back to sign in</Link>
        </Button>
      </CardContent>
    </Card>
  );
}
