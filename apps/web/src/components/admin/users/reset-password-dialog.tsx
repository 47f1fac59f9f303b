"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { PASSWORD_MIN, passwordSchema } from "@soporte/api/schemas";
import { Loader2 } from "lucide-react";
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
import { toast } from "@/components/ui/sonner";
import { showApiError } from "@/lib/api-errors";
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
  const refresh = useRefreshUser();
  const reset = api.users.resetPassword.useMutation();
  const [generated, setGenerated] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(resetFormSchema), defaultValues: { password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ password }) => {
    try {
      const result = await reset.mutateAsync({ id: user.id, password: password === "" ? undefined : password });
      toast.success(`Password reset. ${user.fullName} was signed out everywhere.`);
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
          <DialogTitle>New password</DialogTitle>
          <DialogDescription>
            {user.fullName} was signed out everywhere and signs in with this password.
          </DialogDescription>
        </DialogHeader>
        <GeneratedPassword password={generated} fullName={user.fullName} />
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button">Done</Button>
          </DialogClose>
        </DialogFooter>
      </>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Reset password" className="grid gap-4">
      <DialogHeader>
        <DialogTitle>Reset password for {user.fullName}</DialogTitle>
        <DialogDescription>Every session of theirs ends at once, in browsers and API clients.</DialogDescription>
      </DialogHeader>
      <FormField
        id="reset-password"
        label="New password"
        description={`Leave empty to generate a strong one, shown once. Otherwise at least ${PASSWORD_MIN} characters.`}
        error={errors.password?.message}
      >
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </FormField>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={isSubmitting}>
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" variant="destructive" disabled={isSubmitting}>
          {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
          Reset password
        </Button>
      </DialogFooter>
    </form>
  );
}
