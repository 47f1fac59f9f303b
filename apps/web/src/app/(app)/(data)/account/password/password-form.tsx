"use client";

import { PASSWORD_MIN } from "@soporte/api/constants";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { useZodResolver } from "@/components/ui/use-zod-resolver";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function PasswordForm() {
  const { showApiError } = useApiErrors();
  const utils = api.useUtils();
  const t = useTranslations("account.password.form");
  const change = api.me.changePassword.useMutation();
  const resolver = useZodResolver(async () => (await import("./password-schema")).passwordFormSchema(t));
  const form = useForm({ resolver, defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    try {
      const { otherSessionsRevoked } = await change.mutateAsync({ currentPassword, newPassword });
      form.reset(EMPTY);
      toast.success(t("changed", { count: otherSessionsRevoked }));
      await utils.sessions.list.invalidate();
    } catch (error) {
      showApiError(error, form.setError, ["currentPassword", "newPassword"]);
    }
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description", { min: PASSWORD_MIN })}</CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="grid gap-6">
        <CardContent className="grid gap-5">
          <FormField id="currentPassword" label={t("current")} error={errors.currentPassword?.message} required>
            <Input type="password" autoComplete="current-password" {...form.register("currentPassword")} />
          </FormField>
          <FormField id="newPassword" label={t("new")} error={errors.newPassword?.message} required>
            <Input type="password" autoComplete="new-password" {...form.register("newPassword")} />
          </FormField>
          <FormField id="confirmPassword" label={t("confirm")} error={errors.confirmPassword?.message} required>
            <Input type="password" autoComplete="new-password" {...form.register("confirmPassword")} />
          </FormField>
        </CardContent>
        <CardFooter className="justify-end border-t">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
            {t("submit")}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
