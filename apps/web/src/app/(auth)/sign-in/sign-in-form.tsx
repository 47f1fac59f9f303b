"use client";

import { parseSignInError } from "@soporte/api/sign-in-errors";
import { AlertCircle, Loader2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useZodResolver } from "@/components/ui/use-zod-resolver";
import { onFirstInteraction } from "@/lib/first-interaction";
import { loadNextAuth } from "@/lib/next-auth-client";
import { retryWait } from "@/lib/retry-wait";
import type { AuthTranslator } from "./sign-in-schema";

/** What to show for next-auth's error code (`@soporte/api/sign-in-errors`), in the page's language. */
function signInError(code: string | undefined, t: AuthTranslator): string {
  if (!code) return t("signIn.errors.network");
  const problem = parseSignInError(code);
  switch (problem.kind) {
    case "wrongCredentials":
      return t("signIn.errors.wrongCredentials");
    case "disabled":
      return t("signIn.errors.disabled");
    case "tooManyAttempts": {
      const { unit, count } = retryWait(problem.retryAfterSeconds);
      return unit === "seconds"
        ? t("signIn.errors.tooManySeconds", { count })
        : t("signIn.errors.tooManyMinutes", { count });
    }
    case "unavailable":
      return t("signIn.errors.unavailable");
  }
}

export function SignInForm({
  callbackUrl,
  registrationEnabled,
}: {
  callbackUrl: string;
  registrationEnabled: boolean;
}) {
  const router = useRouter();
  const t = useTranslations("auth");
  const [error, setError] = useState<string | null>(null);
  // next-auth's client, ready by the time the form is sent.
  useEffect(() => onFirstInteraction(() => void loadNextAuth()), []);
  const form = useForm({
    resolver: useZodResolver(async () => (await import("./sign-in-schema")).signInSchema(t), { keepMessages: true }),
    defaultValues: { login: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const { signIn } = await loadNextAuth();
    const result = await signIn("credentials", { ...values, redirect: false, callbackUrl });
    if (!result || result.error) {
      setError(signInError(result?.error ?? undefined, t));
      form.setFocus("password");
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  });

  return (
    <Card className="w-full max-w-sm shadow-sm">
      <CardHeader>
        <CardTitle asHeading="h1" className="text-xl">
          {t("signIn.title")}
        </CardTitle>
        <CardDescription>{t("signIn.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          {error && (
            <Alert variant="destructive" role="alert">
              <AlertCircle aria-hidden />
              <AlertDescription>{error}</AlertDescription>
            </Alert>
          )}
          <FormField id="login" label={t("signIn.login")} error={errors.login?.message}>
            <Input autoComplete="username" autoFocus {...form.register("login")} />
          </FormField>
          <FormField id="password" label={t("signIn.password")} error={errors.password?.message}>
            <Input type="password" autoComplete="current-password" {...form.register("password")} />
          </FormField>
          <Button type="submit" disabled={isSubmitting} className="w-full">
            {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
            {t("signIn.submit")}
          </Button>
        </form>
      </CardContent>
      {registrationEnabled && (
        <CardFooter className="justify-center border-t text-sm text-muted-foreground">
          <p>
            {t.rich("signIn.newHere", {
              link: (chunks) => (
                <Link href="/register" className="font-medium text-primary underline-offset-4 hover:underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </CardFooter>
      )}
    </Card>
  );
}
