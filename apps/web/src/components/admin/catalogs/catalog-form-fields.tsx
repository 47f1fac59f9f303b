"use client";

import { STATUS_CATEGORIES } from "@soporte/api/constants";
import { useTranslations } from "next-intl";
import { Controller, useWatch, type UseFormReturn } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { formatMinutes } from "@/lib/format-duration";
import { useLocalizedName } from "@/lib/localized-name";
import type { CatalogField, CatalogFormValues, CatalogKind, CatalogRow } from "./catalog-kinds";

type FieldProps = {
  form: UseFormReturn<CatalogFormValues>;
  kind: CatalogKind;
  /** The item being edited (null: a new one). */
  item: CatalogRow | null;
  categories: readonly CatalogRow[];
};

/** "= 4 h" under a minutes field, so the SLA target reads as a duration. */
function MinutesHint({ form, name }: { form: FieldProps["form"]; name: "responseMinutes" | "resolutionMinutes" }) {
  const t = useTranslations("audit.catalogs.form");
  const value = useWatch({ control: form.control, name });
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) return <>{t("inMinutes")}</>;
  const duration = formatMinutes(value);
  return <>{name === "responseMinutes" ? t("responseDue", { duration }) : t("resolutionDue", { duration })}</>;
}

/** The form fields of the catalog's own columns (status category, SLA targets, colour…). */
export function CatalogOwnField({ field, form, kind, item, categories }: FieldProps & { field: CatalogField }) {
  const t = useTranslations("audit.catalogs");
  const nameOf = useLocalizedName();
  const { errors } = form.formState;
  const id = `catalog-${field}`;
  switch (field) {
    case "category":
      return (
        <FormField
          id={id}
          label={t("form.countsAs")}
          description={t("form.countsAsHint")}
          error={errors.category?.message}
          required
        >
          <NativeSelect {...form.register("category")}>
            {STATUS_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`statusCategories.${category}`)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      );
    case "responseMinutes":
    case "resolutionMinutes":
      return (
        <FormField
          id={id}
          label={field === "responseMinutes" ? t("form.responseMinutes") : t("form.resolutionMinutes")}
          description={<MinutesHint form={form} name={field} />}
          error={errors[field]?.message}
          required
        >
          <Input
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            {...form.register(field, { valueAsNumber: true })}
          />
        </FormField>
      );
    case "color":
      return (
        <FormField id={id} label={t("form.color")} description={t("form.colorHint")} error={errors.color?.message}>
          <Input type="color" className="w-20 cursor-pointer p-1" {...form.register("color")} />
        </FormField>
      );
    case "isDefault": {
      const locked = Boolean(item?.isDefault);
      return (
        <Controller
          control={form.control}
          name="isDefault"
          render={({ field: control }) => (
            <div className="grid gap-1.5">
              <div className="flex items-center gap-2">
                <Checkbox
                  id={id}
                  ref={control.ref}
                  checked={Boolean(control.value)}
                  disabled={locked || (item !== null && !item.active)}
                  aria-describedby={`${id}-description`}
                  onCheckedChange={(checked) => control.onChange(checked === true)}
                />
                <Label htmlFor={id}>{t("form.isDefault")}</Label>
              </div>
              <p id={`${id}-description`} className="text-sm text-muted-foreground">
                {t(
                  locked ? "form.defaultLocked" : item && !item.active ? "form.activateFirst" : "form.replacesDefault",
                  { catalog: kind.catalog },
                )}
              </p>
              {errors.isDefault?.message && (
                <p className="text-sm font-medium text-destructive">{errors.isDefault.message}</p>
              )}
            </div>
          )}
        />
      );
    }
    case "description":
      return (
        <FormField
          id={id}
          label={t("form.description")}
          description={t("form.descriptionHint")}
          error={errors.description?.message}
        >
          <Textarea rows={2} maxLength={300} {...form.register("description")} />
        </FormField>
      );
    case "categoryId":
      return (
        <FormField
          id={id}
          label={t("form.category")}
          description={t("form.categoryHint")}
          error={errors.categoryId?.message}
        >
          <NativeSelect {...form.register("categoryId", { setValueAs: (value: string | null) => value || null })}>
            <option value="">{t("form.noCategory")}</option>
            {categories
              .filter((category) => category.active || category.id === item?.categoryId)
              .map((category) => (
                <option key={category.id} value={category.id}>
                  {category.active ? nameOf(category) : t("form.inactiveOption", { name: nameOf(category) })}
                </option>
              ))}
          </NativeSelect>
        </FormField>
      );
  }
}
