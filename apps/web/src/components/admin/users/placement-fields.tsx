"use client";

import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormRegister } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { DirectoryOptions } from "../directory-options";
import { useLocationOptions, useOrganizationOptions } from "../use-directory-options";

type PlacementFieldsProps<T extends FieldValues & { organizationId: string; locationId: string }> = {
  register: UseFormRegister<T>;
  errors: { organizationId?: { message?: string }; locationId?: { message?: string } };
  /** The current values, so an inactive organization or location already chosen stays listed. */
  current: { organizationId: string; locationId: string };
  idPrefix: string;
};

/** Organization and location pickers of the user forms ("None" is the empty string). */
export function PlacementFields<T extends FieldValues & { organizationId: string; locationId: string }>({
  register,
  errors,
  current,
  idPrefix,
}: PlacementFieldsProps<T>) {
  const t = useTranslations("admin.users.form");
  const organizations = useOrganizationOptions();
  const locations = useLocationOptions();
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <FormField id={`${idPrefix}-organization`} label={t("organization")} error={errors.organizationId?.message}>
        <NativeSelect {...register("organizationId" as Path<T>)} aria-busy={organizations.loading}>
          <option value="">{t("none")}</option>
          <DirectoryOptions options={organizations.options} keep={current.organizationId} />
        </NativeSelect>
      </FormField>
      <FormField id={`${idPrefix}-location`} label={t("location")} error={errors.locationId?.message}>
        <NativeSelect {...register("locationId" as Path<T>)} aria-busy={locations.loading}>
          <option value="">{t("none")}</option>
          <DirectoryOptions options={locations.options} keep={current.locationId} />
        </NativeSelect>
      </FormField>
    </div>
  );
}
