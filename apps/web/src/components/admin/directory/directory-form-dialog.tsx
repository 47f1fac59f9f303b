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
import { Textarea } from "@/components/ui/textarea";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import type { DirectoryConfig, DirectoryEntry } from "./directory-config";

type FormProps<F extends string, T extends DirectoryEntry<F>> = {
  config: DirectoryConfig<F, T>;
  onClose: () => void;
};

/** Create (`entry` "new") or edit an organization or location. */
export function DirectoryFormDialog<F extends string, T extends DirectoryEntry<F>>({
  entry,
  ...props
}: FormProps<F, T> & { entry: T | "new" | null }) {
  return (
    <Dialog open={entry !== null} onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent>
        {entry && (
          <DirectoryForm key={entry === "new" ? "new" : entry.id} entry={entry === "new" ? null : entry} {...props} />
        )}
      </DialogContent>
    </Dialog>
  );
}

function DirectoryForm<F extends string, T extends DirectoryEntry<F>>({
  config,
  entry,
  onClose,
}: FormProps<F, T> & { entry: T | null }) {
  const { showApiError } = useApiErrors();
  const t = useTranslations("audit");
  const { kind, entity, field } = config;
  const utils = api.useUtils();
  const create = config.procedures.create.useMutation();
  const update = config.procedures.update.useMutation();
  const form = useForm({
    resolver: useZodResolver(config.loadSchema),
    defaultValues: { name: entry?.name ?? "", [field.name]: entry?.[field.name] ?? "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = entry ? await update.mutateAsync({ id: entry.id, ...values }) : await create.mutateAsync(values);
      toast.success(t(entry ? "directory.form.saved" : "directory.form.created", { name: saved.name }));
      await config.invalidate(utils);
      onClose();
    } catch (error) {
      showApiError(error, form.setError, ["name", field.name]);
    }
  });

  const placeholder = field.placeholder && t(field.placeholder);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(entry ? `${kind}.edit` : `${kind}.new`)} className="grid gap-5">
      <DialogHeader>
        <DialogTitle>{entry ? t(`${kind}.editNamed`, { name: entry.name }) : t(`${kind}.new`)}</DialogTitle>
        <DialogDescription>{t(`${kind}.formDescription`)}</DialogDescription>
      </DialogHeader>
      <FormField id={`${entity}-name`} label={t("directory.form.name")} error={errors.name?.message} required>
        <Input autoComplete="off" {...form.register("name")} />
      </FormField>
      <FormField
        id={`${entity}-${field.name}`}
        label={t(field.label)}
        description={field.description && t(field.description)}
        error={errors[field.name]?.message}
      >
        {field.multiline ? (
          <Textarea
            rows={2}
            maxLength={field.multiline.maxLength}
            placeholder={placeholder}
            {...form.register(field.name)}
          />
        ) : (
          <Input
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            placeholder={placeholder}
            {...form.register(field.name)}
          />
        )}
      </FormField>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={isSubmitting}>
            {t("directory.form.cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
          {entry ? t("directory.form.save") : t(`${kind}.create`)}
        </Button>
      </DialogFooter>
    </form>
  );
}
