"use client";

import { useZodResolver } from "@/components/ui/use-zod-resolver";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import type { CatalogField, CatalogFormValues, CatalogKind, CatalogRow } from "./catalog-kinds";
import { CatalogOwnField } from "./catalog-form-fields";
import { catalogProcedures } from "./catalog-procedures";

const SLA_FIELDS: readonly CatalogField[] = ["responseMinutes", "resolutionMinutes"];

type FormProps = {
  kind: CatalogKind;
  categories: readonly CatalogRow[];
  onClose: () => void;
};

/** Create (`item` "new") or edit an item of a catalog, validated with the API's own schema. */
export function CatalogFormDialog({ item, ...props }: FormProps & { item: CatalogRow | "new" | null }) {
  return (
    <Dialog open={item !== null} onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent>
        {item && <CatalogForm key={item === "new" ? "new" : item.id} item={item === "new" ? null : item} {...props} />}
      </DialogContent>
    </Dialog>
  );
}

function defaultsOf(item: CatalogRow | null): CatalogFormValues {
  return {
    name: item?.name ?? "",
    nameEs: item?.nameEs ?? "",
    category: item?.category ?? "open",
    color: item?.color ?? "#64748b",
    isDefault: item?.isDefault ?? false,
    responseMinutes: item?.responseMinutes ?? 240,
    resolutionMinutes: item?.resolutionMinutes ?? 1440,
    description: item?.description ?? "",
    categoryId: item?.categoryId ?? null,
  };
}

function CatalogForm({ kind, categories, item, onClose }: FormProps & { item: CatalogRow | null }) {
  const { showApiError } = useApiErrors();
  const t = useTranslations("audit.catalogs");
  const utils = api.useUtils();
  const procedures = catalogProcedures(kind.catalog);
  const create = procedures.create.useMutation();
  const update = procedures.update.useMutation();
  // The schema keeps only the catalog's own fields of these defaults.
  const form = useForm<CatalogFormValues>({
    resolver: useZodResolver(kind.loadSchema),
    defaultValues: defaultsOf(item),
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = item ? await update.mutateAsync({ id: item.id, ...values }) : await create.mutateAsync(values);
      toast.success(
        item ? t("form.saved", { name: saved.name }) : t(`kinds.${kind.catalog}.added`, { name: saved.name }),
      );
      await utils.catalogs.list.invalidate();
      onClose();
    } catch (error) {
      showApiError(error, form.setError, ["name", "nameEs", ...kind.fields]);
    }
  });

  const title = item ? t("form.edit", { name: item.name }) : t(`kinds.${kind.catalog}.new`);
  // The two SLA targets side by side.
  const sla = kind.fields.filter((field) => SLA_FIELDS.includes(field));
  const others = kind.fields.filter((field) => !sla.includes(field));
  return (
    <form onSubmit={onSubmit} noValidate aria-label={title} className="grid gap-5">
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{t(`kinds.${kind.catalog}.description`)}</DialogDescription>
      </DialogHeader>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="catalog-name" label={t("form.name")} error={errors.name?.message} required>
          <Input autoComplete="off" {...form.register("name")} />
        </FormField>
        <FormField id="catalog-nameEs" label={t("form.nameEs")} error={errors.nameEs?.message} required>
          <Input autoComplete="off" lang="es" {...form.register("nameEs")} />
        </FormField>
      </div>
      {sla.length > 0 && (
        <div className="grid gap-5 sm:grid-cols-2">
          {sla.map((field) => (
            <CatalogOwnField key={field} field={field} form={form} kind={kind} item={item} categories={categories} />
          ))}
        </div>
      )}
      {others.map((field) => (
        <CatalogOwnField key={field} field={field} form={form} kind={kind} item={item} categories={categories} />
      ))}
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={isSubmitting}>
            {t("form.cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
          {item ? t("form.save") : t(`kinds.${kind.catalog}.add`)}
        </Button>
      </DialogFooter>
    </form>
  );
}
