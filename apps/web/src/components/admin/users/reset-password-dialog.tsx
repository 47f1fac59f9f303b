"use client";

import { PASSWORD_MIN } from "@soporte/api/constants";
import { passwordSchema } from "@soporte/api/schemas";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
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
import { useZodResolver } from "@/components/ui/use-zod-resolver";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { GeneratedPassword } from "./generated-password";
import { useRefreshUser } from "./use-refresh-user";
import type { UserTarget } from "./user-target";

/** The API's `resetPasswordSchema` password; empty means "generate one". */
const resetFormSchema = z.object({ password: z.union([z.literal(""), passwordSchema]) });

/** Sets a new password (typed, or generated and shown once); the user is signed out everywhere. */
export function ResetPasswordDialog({ user, onClose }: { user: UserTarget | null; onClose: () => void }) {
  return (
    <Dialog open={user !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent>{user && <ResetPasswordContent user={user} onClose={onClose} />}</DialogContent>
    </Dialog>
  );
}

function ResetPasswordContent({ user, onClose }: { user: UserTarget; onClose: () => void }) {
  const t = useTranslations("admin.users.resetPassword");
  const { showApiError } = useApiErrors();
  const refresh = useRefreshUser();
  const reset = api.users.resetPassword.useMutation();
  const [generated, setGenerated] = useState<string | null>(null);
  const form = useForm({ resolver: useZodResolver(async () => resetFormSchema), defaultValues: { password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ password }) => {
    try {
      const result = await reset.mutateAsync({ id: user.id, password: password === "" ? undefined : password });
      toast.success(t("done", { name: user.fullName }));
      await refresh(user.id);
      if (result.generatedPassword) setGenerated(result.generatedPassword);
      else onClose();
    } catch (error) {
      showApiError(error, form.setError, ["password"]);
    }
  });

  if (generated) {
    return (
      <>
        <DialogHeader>
          <DialogTitle>{t("generatedTitle")}</DialogTitle>
          <DialogDescription>{t("generatedDescription", { name: user.fullName })}</DialogDescription>
        </DialogHeader>
        <GeneratedPassword password={generated} fullName={user.fullName} />
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button">{t("close")}</Button>
          </DialogClose>
        </DialogFooter>
      </>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("label")} className="grid gap-4">
      <DialogHeader>
        <DialogTitle>{t("title", { name: user.fullName })}</DialogTitle>
        <DialogDescription>{t("description")}</DialogDescription>
      </DialogHeader>
      <FormField
        id="reset-password"
        label={t("newPassword")}
        description={t("hint", { min: PASSWORD_MIN })}
        error={errors.password?.message}
      >
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </FormField>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={isSubmitting}>
            {t("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" variant="destructive" disabled={isSubmitting}>
          {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
          {t("submit")}
        </Button>
      </DialogFooter>
    </form>
  );
}
