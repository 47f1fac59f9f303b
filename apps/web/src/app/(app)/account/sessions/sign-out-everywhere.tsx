"use client";

import { signOut } from "next-auth/react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { toast } from "@/components/ui/sonner";
import { describeApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";

export function SignOutEverywhere() {
  const logoutAll = api.auth.logoutAll.useMutation({
    // This browser's session is gone too: clear its cookie and go to the sign-in page.
    onSuccess: () => signOut({ callbackUrl: "/sign-in" }),
    onError: (error) => toast.error(describeApiError(error)),
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">Sign out everywhere</CardTitle>
        <CardDescription>
          Ends every session, this one included. Browsers and programs using the API will have to sign in again.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ConfirmButton
          variant="destructive"
          size="default"
          question="Sign out of every device, including this one?"
          confirmLabel="Yes, sign out everywhere"
          pending={logoutAll.isPending || logoutAll.isSuccess}
          onConfirm={() => logoutAll.mutate()}
        >
          Sign out everywhere
        </ConfirmButton>
      </CardContent>
    </Card>
  );
}
