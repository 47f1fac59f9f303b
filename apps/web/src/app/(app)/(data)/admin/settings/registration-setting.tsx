"use client";

import { AlertCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toast";
import { Switch } from "@/components/ui/switch";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";

export function RegistrationSetting() {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("audit.settings.registration");
  const utils = api.useUtils();
  const settings = api.settings.get.useQuery();
  const update = api.settings.update.useMutation({
    onSuccess: (saved) => {
      utils.settings.get.setData(undefined, saved);
      toast.success(saved.registrationEnabled ? t("on") : t("off"));
    },
    onError: (error) => toast.error(describeApiError(error)),
  });
  // While saving, show the value being saved.
  const enabled = update.isPending ? update.variables.registrationEnabled : settings.data?.registrationEnabled;

  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {settings.error ? (
          <Alert variant="destructive" role="alert">
            <AlertCircle aria-hidden />
            <AlertDescription>{t("loadError", { error: describeApiError(settings.error) })}</AlertDescription>
          </Alert>
        ) : (
          <div
            className="flex items-start justify-between gap-4 rounded-lg border p-4"
            aria-busy={enabled === undefined}
          >
            <div className="grid gap-1.5">
              <Label htmlFor="registration-enabled">{t("label")}</Label>
              <p id="registration-enabled-description" className="text-sm text-muted-foreground">
                {t("hint")}
              </p>
            </div>
            {enabled === undefined ? (
              <Skeleton className="h-6 w-11 rounded-full" />
            ) : (
              <Switch
                id="registration-enabled"
                aria-describedby="registration-enabled-description"
                checked={enabled}
                disabled={update.isPending}
                onCheckedChange={(registrationEnabled) => update.mutate({ registrationEnabled })}
              />
            )}
          </div>
        )}
      </CardContent>
    </Card>
  );
}
