"use client";

import type { RouterOutputs } from "@soporte/api";
import type { profileSchema } from "@soporte/api/schemas";
import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LocaleOptions } from "@/components/ui/locale-options";
import { NativeSelect } from "@/components/ui/native-select";
import { toast } from "@/components/ui/toast";
import { Textarea } from "@/components/ui/textarea";
import { apiSchema, useZodResolver } from "@/components/ui/use-zod-resolver";
import { useApiErrors } from "@/lib/api-errors";
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
  const { showApiError } = useApiErrors();
  const t = useTranslations("account.profile.form");
  const router = useRouter();
  const utils = api.useUtils();
  const update = api.me.update.useMutation();
  const form = useForm({
    resolver: useZodResolver(apiSchema("profileSchema")),
    defaultValues: valuesOf(profile),
  });
  const { errors, isDirty, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(values);
      form.reset(valuesOf(saved));
      utils.me.get.setData(undefined, (old) => (old ? { ...old, ...saved } : old));
      toast.success(t("saved"));
      // The header's user menu is rendered on the server from the session's user.
      router.refresh();
    } catch (error) {
      showApiError(error, form.setError, FIELDS);
    }
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate aria-label={t("label")} className="grid gap-6">
        <CardContent className="grid gap-5">
          <FormField id="fullName" label={t("fullName")} error={errors.fullName?.message} required>
            <Input autoComplete="name" {...form.register("fullName")} />
          </FormField>
          <FormField id="bio" label={t("bio")} description={t("bioHint")} error={errors.bio?.message}>
            <Textarea rows={3} maxLength={1000} {...form.register("bio")} />
          </FormField>
          <div className="grid gap-5 sm:grid-cols-2">
            <FormField id="phone" label={t("phone")} error={errors.phone?.message}>
              <Input type="tel" autoComplete="tel" {...form.register("phone")} />
            </FormField>
            <FormField id="locale" label={t("language")} error={errors.locale?.message}>
              <NativeSelect {...form.register("locale")}>
                <LocaleOptions />
              </NativeSelect>
            </FormField>
          </div>
          <AvatarColorField form={form} />
        </CardContent>
        <CardFooter className="justify-end gap-2 border-t">
          <Button type="button" variant="ghost" disabled={!isDirty || isSubmitting} onClick={() => form.reset()}>
            {t("discard")}
          </Button>
          <Button type="submit" disabled={!isDirty || isSubmitting}>
            {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
            {t("save")}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
