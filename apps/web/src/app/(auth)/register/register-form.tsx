"use client";

import { PASSWORD_MIN } from "@soporte/api/constants";
import { Loader2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { apiSchema, useZodResolver } from "@/components/ui/use-zod-resolver";
import { onFirstInteraction } from "@/lib/first-interaction";
import { loadNextAuth } from "@/lib/next-auth-client";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";

const FIELDS = ["email", "username", "fullName", "password"] as const;

export function RegisterForm() {
  const { showApiError } = useApiErrors();
  const t = useTranslations("auth.register");
  // The account keeps the language it was made in.
  const locale = useLocale();
  const router = useRouter();
  const createAccount = api.auth.register.useMutation();
  // next-auth's client, ready by the time the form is sent.
  useEffect(() => onFirstInteraction(() => void loadNextAuth()), []);
  const form = useForm({
    resolver: useZodResolver(apiSchema("registerSchema")),
    defaultValues: { email: "", username: "", fullName: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await createAccount.mutateAsync({ ...values, locale });
    } catch (error) {
      showApiError(error, form.setError, FIELDS);
      return;
    }
    const { signIn } = await loadNextAuth();
    const result = await signIn("credentials", { login: values.email, password: values.password, redirect: false });
    if (!result || result.error) {
      // The account exists; only the automatic sign-in failed (e.g. the server restarted).
      toast.error(t("signInFailed"));
      router.push("/sign-in");
      return;
    }
    toast.success(t("welcome"));
    router.replace("/dashboard");
    router.refresh();
  });

  return (
    <Card className="w-full max-w-md shadow-sm">
      <CardHeader>
        <CardTitle asHeading="h1" className="text-xl">
          {t("title")}
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="grid gap-4">
          <FormField id="email" label={t("email")} error={errors.email?.message} required>
            <Input type="email" autoComplete="email" autoFocus {...form.register("email")} />
          </FormField>
          <FormField
            id="username"
            label={t("username")}
            description={t("usernameHint")}
            error={errors.username?.message}
            required
          >
            <Input autoComplete="username" autoCapitalize="off" spellCheck={false} {...form.register("username")} />
          </FormField>
          <FormField id="fullName" label={t("fullName")} error={errors.fullName?.message} required>
            <Input autoComplete="name" {...form.register("fullName")} />
          </FormField>
          <FormField
            id="password"
            label={t("password")}
            description={t("passwordHint", { min: PASSWORD_MIN })}
            error={errors.password?.message}
            required
          >
            <Input type="password" autoComplete="new-password" {...form.register("password")} />
          </FormField>
          <Button type="submit" disabled={isSubmitting} className="w-full">
            {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
            {t("submit")}
          </Button>
        </form>
      </CardContent>
      <CardFooter className="justify-center border-t text-sm text-muted-foreground">
        <p>
          {t.rich("haveAccount", {
            link: (chunks) => (
              <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </CardFooter>
    </Card>
  );
}
