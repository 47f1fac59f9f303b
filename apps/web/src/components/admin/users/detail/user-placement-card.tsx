"use client";

import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { useUnsavedChanges } from "@/lib/use-unsaved-changes";
import { api } from "@/trpc/react";
import { DirectoryOptions } from "../../directory-options";
import { useLocationOptions, useOrganizationOptions } from "../../use-directory-options";
import { useRefreshUser } from "../use-refresh-user";
import type { UserDetailData } from "./user-detail-types";

/** Organization and location, saved with `users.update`. */
export function UserPlacementCard({ user }: { user: UserDetailData }) {
  const organizationId = user.organization?.id ?? "";
  const locationId = user.location?.id ?? "";
  return <PlacementForm key={`${organizationId}/${locationId}`} user={user} saved={{ organizationId, locationId }} />;
}

type Placement = { organizationId: string; locationId: string };

function PlacementForm({ user, saved }: { user: UserDetailData; saved: Placement }) {
  const t = useTranslations("admin.users.detail.placement");
  const { describeApiError } = useApiErrors();
  const refresh = useRefreshUser();
  const organizations = useOrganizationOptions();
  const locations = useLocationOptions();
  const [value, setValue] = useState(saved);
  const update = api.users.update.useMutation({
    onSuccess: () => toast.success(t("saved")),
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: () => refresh(user.id),
  });
  const changed = value.organizationId !== saved.organizationId || value.locationId !== saved.locationId;
  useUnsavedChanges(changed);

  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description", { name: user.fullName })}</CardDescription>
      </CardHeader>
      <form
        aria-label={t("label")}
        className="grid gap-6"
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({
            id: user.id,
            organizationId: value.organizationId || null,
            locationId: value.locationId || null,
          });
        }}
      >
        <CardContent className="grid gap-5 sm:grid-cols-2">
          <FormField id="placement-organization" label={t("organization")}>
            <NativeSelect
              value={value.organizationId}
              aria-busy={organizations.loading}
              onChange={(event) => setValue({ ...value, organizationId: event.target.value })}
            >
              <option value="">{t("none")}</option>
              <DirectoryOptions options={organizations.options} keep={saved.organizationId} />
            </NativeSelect>
          </FormField>
          <FormField id="placement-location" label={t("location")}>
            <NativeSelect
              value={value.locationId}
              aria-busy={locations.loading}
              onChange={(event) => setValue({ ...value, locationId: event.target.value })}
            >
              <option value="">{t("none")}</option>
              <DirectoryOptions options={locations.options} keep={saved.locationId} />
            </NativeSelect>
          </FormField>
        </CardContent>
        <CardFooter className="justify-end gap-2 border-t">
          <Button type="submit" disabled={!changed || update.isPending}>
            {update.isPending && <Loader2 className="animate-spin" aria-hidden />}
            {t("save")}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
