"use client";

import { useZodResolver } from "@/components/ui/use-zod-resolver";
import { viewNameSchema } from "@soporte/api/schemas";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
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
import { Label } from "@/components/ui/label";
import { useApiErrors } from "@/lib/api-errors";

const viewFormSchema = z.object({ name: viewNameSchema, shared: z.boolean() });
export type ViewFormValues = z.infer<typeof viewFormSchema>;

type ViewNameDialogProps = {
  /** "save": a new view of the current filters; "rename": an existing view's name. */
  mode: "save" | "rename";
  open: boolean;
  onOpenChange: (open: boolean) => void;
  defaultName?: string;
  /** Offer "Share with all staff" (the user holds views.share). */
  mayShare: boolean;
  onSubmit: (values: ViewFormValues) => Promise<void>;
};

/** Names a view: saving the current filters as a new one, or renaming one. */
export function ViewNameDialog({ open, onOpenChange, ...props }: ViewNameDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-md">
        {open && <ViewNameForm {...props} onDone={() => onOpenChange(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function ViewNameForm({
  mode,
  defaultName = "",
  mayShare,
  onSubmit,
  onDone,
}: Omit<ViewNameDialogProps, "open" | "onOpenChange"> & { onDone: () => void }) {
  const { showApiError } = useApiErrors();
  const form = useForm<ViewFormValues>({
    resolver: useZodResolver(async () => viewFormSchema),
    defaultValues: { name: defaultName, shared: false },
  });
  const t = useTranslations("tickets.viewDialog");
  const { errors, isSubmitting } = form.formState;
  const title = mode === "save" ? t("saveTitle") : t("renameTitle");

  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
      onDone();
    } catch (error) {
      showApiError(error, form.setError, ["name"]);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={title} className="grid gap-5">
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{mode === "save" ? t("saveDescription") : t("renameDescription")}</DialogDescription>
      </DialogHeader>
      <FormField id="view-name" label={t("name")} error={errors.name?.message} required>
        <Input autoComplete="off" autoFocus maxLength={60} {...form.register("name")} />
      </FormField>
      {mode === "save" && mayShare && (
        <Controller
          control={form.control}
          name="shared"
          render={({ field }) => (
            <div className="flex items-start gap-3">
              <Checkbox
                id="view-shared"
                className="mt-0.5"
                checked={field.value}
                onCheckedChange={(checked) => field.onChange(checked === true)}
                aria-describedby="view-shared-description"
              />
              <div className="grid gap-1">
                <Label htmlFor="view-shared">{t("share")}</Label>
                <p id="view-shared-description" className="text-xs text-muted-foreground">
                  {t("shareDescription")}
                </p>
              </div>
            </div>
          )}
        />
      )}
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={isSubmitting}>
            {t("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
          {mode === "save" ? t("save") : t("rename")}
        </Button>
      </DialogFooter>
    </form>
  );
}
