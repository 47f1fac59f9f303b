"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { RouterOutputs } from "@soporte/api";
import { profileSchema } from "@soporte/api/schemas";
import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LocaleOptions } from "@/components/ui/locale-options";
import { NativeSelect } from "@/components/ui/native-select";
import { toast } from "@/components/ui/sonner";
import { Textarea } from "@/components/ui/textarea";
import { showApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { AvatarColorField } from "./avatar-color-field";

type Profile = RouterOutputs["me"]["get"];
export type ProfileValues = z.input<typeof profileSchema>;

const FIELDS = ["fullName", "bio", "phone", "locale", "avatarColor"] as const;

function valuesOf(profile: Pick<Profile, (typeof FIELDS)[number]>): ProfileValues {
  return {
    fullName: profile.fullName,
    bio: profile.bio,
    phone: profile.phone,
    locale: profile.locale === "es" ? "es" : "en",
    avatarColor: profile.avatarColor,
  };
}

export function ProfileForm({ profile }: { profile: Profile }) {
  const router = useRouter();
  const utils = api.useUtils();
  const update = api.me.update.useMutation();
  const form = useForm({ resolver: zodResolver(profileSchema), defaultValues: valuesOf(profile) });
  const { errors, isDirty, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(values);
      form.reset(valuesOf(saved));
      utils.me.get.setData(undefined, (old) => (old ? { ...old, ...saved } : old));
      toast.success("Profile saved.");
      // The header's user menu is rendered on the server from the session's user.
      router.refresh();
    } catch (error) {
      showApiError(error, form.setError, FIELDS);
    }
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">Personal details</CardTitle>
        <CardDescription>Your name and colour appear on tickets and messages.</CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate aria-label="Profile" className="grid gap-6">
        <CardContent className="grid gap-5">
          <FormField id="fullName" label="Full name" error={errors.fullName?.message} required>
            <Input autoComplete="name" {...form.register("fullName")} />
          </FormField>
          <FormField
            id="bio"
            label="Bio"
            description="A line or two about you and your work."
            error={errors.bio?.message}
          >
            <Textarea rows={3} maxLength={1000} {...form.register("bio")} />
          </FormField>
          <div className="grid gap-5 sm:grid-cols-2">
            <FormField id="phone" label="Phone" error={errors.phone?.message}>
              <Input type="tel" autoComplete="tel" {...form.register("phone")} />
            </FormField>
            <FormField id="locale" label="Language" error={errors.locale?.message}>
              <NativeSelect {...form.register("locale")}>
                <LocaleOptions />
              </NativeSelect>
            </FormField>
          </div>
          <AvatarColorField form={form} />
        </CardContent>
        <CardFooter className="justify-end gap-2 border-t">
          <Button type="button" variant="ghost" disabled={!isDirty || isSubmitting} onClick={() => form.reset()}>
            Discard changes
          </Button>
          <Button type="submit" disabled={!isDirty || isSubmitting}>
            {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
            Save profile
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
