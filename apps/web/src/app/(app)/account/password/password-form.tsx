"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { changePasswordSchema, PASSWORD_MIN } from "@soporte/api/schemas";
import { Loader2 } from "lucide-react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/sonner";
import { showApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";

/** The API's schema plus a confirmation that only the browser checks. */
const passwordFormSchema = changePasswordSchema
  .extend({ confirmPassword: z.string().min(1, "Repeat the new password.") })
  .refine((values) => values.newPassword === values.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  });

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };

function signedOutMessage(count: number): string {
  return count === 1 ? "1 other session was signed out." : `${count} other sessions were signed out.`;
}

export function PasswordForm() {
  const utils = api.useUtils();
  const change = api.me.changePassword.useMutation();
  const form = useForm({ resolver: zodResolver(passwordFormSchema), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    try {
      const { otherSessionsRevoked } = await change.mutateAsync({ currentPassword, newPassword });
      form.reset(EMPTY);
      toast.success(`Password changed. ${signedOutMessage(otherSessionsRevoked)}`);
      await utils.sessions.list.invalidate();
    } catch (error) {
      showApiError(error, form.setError, ["currentPassword", "newPassword"]);
    }
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">Change password</CardTitle>
        <CardDescription>
          Use at least {PASSWORD_MIN} characters; a few unrelated words make a strong, memorable password.
        </CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate aria-label="Change password" className="grid gap-6">
        <CardContent className="grid gap-5">
          <FormField id="currentPassword" label="Current password" error={errors.currentPassword?.message} required>
            <Input type="password" autoComplete="current-password" {...form.register("currentPassword")} />
          </FormField>
          <FormField id="newPassword" label="New password" error={errors.newPassword?.message} required>
            <Input type="password" autoComplete="new-password" {...form.register("newPassword")} />
          </FormField>
          <FormField id="confirmPassword" label="Confirm new password" error={errors.confirmPassword?.message} required>
            <Input type="password" autoComplete="new-password" {...form.register("confirmPassword")} />
          </FormField>
        </CardContent>
        <CardFooter className="justify-end border-t">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
            Change password
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
