"use client";

import { signOut } from "next-auth/react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { toast } from "@/components/ui/sonner";
import { describeApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";

const plural = (n: number) => `${n} other session${n === 1 ? "" : "s"}`;

/** Signs out every other session (this one stays), or every session including this one. */
export function SignOutElsewhere() {
  const utils = api.useUtils();
  // The list above holds the same query: this reads its cache to know whether there is anything to end.
  const sessions = api.sessions.list.useQuery();
  const others = sessions.data?.items.filter((s) => !s.current).length ?? 0;
  const revokeOthers = api.sessions.revokeOthers.useMutation({
    onSuccess: ({ revoked }) =>
      toast.success(revoked ? `Signed out ${plural(revoked)}.` : "There were no other sessions to sign out."),
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: () => utils.sessions.list.invalidate(),
  });
  const logoutAll = api.auth.logoutAll.useMutation({
    // This browser's session is gone too: clear its cookie and go to the sign-in page.
    onSuccess: () => signOut({ callbackUrl: "/sign-in" }),
    onError: (error) => toast.error(describeApiError(error)),
  });
  const busy = revokeOthers.isPending || logoutAll.isPending || logoutAll.isSuccess;

  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">Sign out elsewhere</CardTitle>
        <CardDescription>
          Signing out your other sessions keeps you signed in here; signing out everywhere ends this session too.
          Browsers and programs that are signed out have to sign in again.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap items-center gap-3">
        <ConfirmButton
          // A new button for each request: once it has finished, the question is answered.
          key={revokeOthers.submittedAt}
          size="default"
          question={`Sign out ${plural(others)}?`}
          confirmLabel="Yes, sign them out"
          pending={revokeOthers.isPending}
          disabled={busy || others === 0}
          onConfirm={() => revokeOthers.mutate()}
        >
          Sign out my other sessions
        </ConfirmButton>
        <ConfirmButton
          variant="destructive"
          size="default"
          question="Sign out of every device, including this one?"
          confirmLabel="Yes, sign out everywhere"
          pending={logoutAll.isPending || logoutAll.isSuccess}
          disabled={revokeOthers.isPending}
          onConfirm={() => logoutAll.mutate()}
        >
          Sign out everywhere
        </ConfirmButton>
      </CardContent>
    </Card>
  );
}
