"use client";

import { AlertCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { AccountDetails } from "./account-details";
import { ProfileForm } from "./profile-form";

export function ProfileView() {
  const t = useTranslations("account.profile");
  const { describeApiError } = useApiErrors();
  const me = api.me.get.useQuery();
  if (me.error) {
    return (
      <Alert variant="destructive" role="alert">
        <AlertCircle aria-hidden />
        <AlertDescription>{t("loadFailed", { error: describeApiError(me.error) })}</AlertDescription>
      </Alert>
    );
  }
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      {me.data ? <ProfileForm profile={me.data} /> : <CardSkeleton rows={5} label={t("loadingProfile")} />}
      {me.data ? <AccountDetails profile={me.data} /> : <CardSkeleton rows={5} label={t("loadingDetails")} />}
    </div>
  );
}

function CardSkeleton({ rows, label }: { rows: number; label: string }) {
  return (
    <Card aria-busy="true" aria-label={label}>
      <CardHeader>
        <Skeleton className="h-5 w-40" />
        <Skeleton className="h-4 w-64 max-w-full" />
      </CardHeader>
      <CardContent className="grid gap-5">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="grid gap-2">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-9 w-full" />
          </div>
        ))}
      </CardContent>
    </Card>
  );
}
