"use client";

import { AlertCircle } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { api } from "@/trpc/react";
import { AccountDetails } from "./account-details";
import { ProfileForm } from "./profile-form";

export function ProfileView() {
  const me = api.me.get.useQuery();
  if (me.error) {
    return (
      <Alert variant="destructive" role="alert">
        <AlertCircle aria-hidden />
        <AlertDescription>Could not load your profile: {me.error.message}</AlertDescription>
      </Alert>
    );
  }
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      {me.data ? <ProfileForm profile={me.data} /> : <CardSkeleton rows={5} label="Loading your profile" />}
      {me.data ? <AccountDetails profile={me.data} /> : <CardSkeleton rows={5} label="Loading your account details" />}
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
