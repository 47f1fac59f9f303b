"use client";

import { useZodResolver } from "@/components/ui/use-zod-resolver";
import { Loader2, Lock, Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { Controller, useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import { useApiErrors } from "@/lib/api-errors";
import { cn } from "@/lib/utils";
import { api } from "@/trpc/react";
import { useRefreshTicket } from "./use-refresh-ticket";

/** Writes a public reply, or an internal note for those who may (`canWriteNotes`). */
export function CommentComposer({ ticketId, canWriteNotes }: { ticketId: string; canWriteNotes: boolean }) {
  const { showApiError } = useApiErrors();
  const t = useTranslations("tickets");
  const create = api.comments.create.useMutation();
  const refresh = useRefreshTicket(ticketId);
  const form = useForm({
    resolver: useZodResolver(async () => (await import("./comment-schemas")).composerSchema),
    defaultValues: { body: "", internal: false },
  });
  const { errors, isSubmitting } = form.formState;
  const internal = useWatch({ control: form.control, name: "internal" }) ?? false;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await create.mutateAsync({ ticketId, body: values.body, internal: values.internal });
      toast.success(values.internal ? t("composer.noteAdded") : t("composer.replySent"));
      form.reset({ body: "", internal: values.internal });
      await refresh();
    } catch (error) {
      showApiError(error, form.setError, ["body"]);
    }
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("composer.form")}
      className={cn(
        "grid gap-3 rounded-lg border bg-card p-4",
        internal && "border-amber-300 bg-amber-50 dark:border-amber-800/70 dark:bg-amber-950/40",
      )}
    >
      <FormField
        id={`reply-${ticketId}`}
        label={internal ? t("composer.note") : t("composer.reply")}
        error={errors.body?.message}
      >
        <Textarea
          rows={3}
          placeholder={internal ? t("composer.notePlaceholder") : t("composer.replyPlaceholder")}
          className="bg-background"
          {...form.register("body")}
        />
      </FormField>
      <div className="flex flex-wrap items-center justify-between gap-3">
        {canWriteNotes ? (
          <div className="flex items-center gap-2">
            <Controller
              control={form.control}
              name="internal"
              render={({ field }) => (
                <Switch id={`internal-${ticketId}`} checked={field.value ?? false} onCheckedChange={field.onChange} />
              )}
            />
            <Label htmlFor={`internal-${ticketId}`} className="flex items-center gap-1.5">
              <Lock className="size-3.5" aria-hidden />
              {t("composer.internalSwitch")}
            </Label>
          </div>
        ) : (
          <span />
        )}
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? <Loader2 className="animate-spin" aria-hidden /> : <Send aria-hidden />}
          {internal ? t("composer.addNote") : t("composer.send")}
        </Button>
      </div>
    </form>
  );
}
