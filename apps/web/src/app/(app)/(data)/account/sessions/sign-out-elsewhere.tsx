"use client";

import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { signOutToSignIn } from "@/lib/next-auth-client";
import { api } from "@/trpc/react";

/** Signs out every other session (this one stays), or every session including this one. */
export function SignOutElsewhere() {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("account.sessions.elsewhere");
  const utils = api.useUtils();
  // The list above holds the same query: this reads its cache to know whether there is anything to end.
  const sessions = api.sessions.list.useQuery();
  const others = sessions.data?.items.filter((s) => !s.current).length ?? 0;
  const revokeOthers = api.sessions.revokeOthers.useMutation({
    onSuccess: ({ revoked }) => toast.success(revoked ? t("othersDone", { count: revoked }) : t("noOthers")),
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: () => utils.sessions.list.invalidate(),
  });
  const logoutAll = api.auth.logoutAll.useMutation({
    // This browser's session is gone too: clear its cookie and go to the sign-in page.
    onSuccess: () => signOutToSignIn(),
    onError: (error) => toast.error(describeApiError(error)),
  });
  const busy = revokeOthers.isPending || logoutAll.isPending || logoutAll.isSuccess;

  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap items-center gap-3">
        <ConfirmButton
          // A new button for each request: once it has finished, the question is answered.
          key={revokeOthers.submittedAt}
          size="default"
          question={t("othersQuestion", { count: others })}
          confirmLabel={t("othersConfirm")}
          pending={revokeOthers.isPending}
          disabled={busy || others === 0}
          onConfirm={() => revokeOthers.mutate()}
        >
          {t("others")}
        </ConfirmButton>
        <ConfirmButton
          variant="destructive"
          size="default"
          question={t("allQuestion")}
          confirmLabel={t("allConfirm")}
          pending={logoutAll.isPending || logoutAll.isSuccess}
          disabled={revokeOthers.isPending}
          onConfirm={() => logoutAll.mutate()}
        >
          {t("all")}
        </ConfirmButton>
      </CardContent>
    </Card>
  );
}
