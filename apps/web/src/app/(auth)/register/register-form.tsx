"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { PASSWORD_MIN, registerSchema } from "@soporte/api/schemas";
import { Loader2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/sonner";
import { showApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";

const FIELDS = ["email", "username", "fullName", "password"] as const;

export function RegisterForm() {
  const router = useRouter();
  const createAccount = api.auth.register.useMutation();
  const form = useForm({
    resolver: zodResolver(registerSchema),
    defaultValues: { email: "", username: "", fullName: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await createAccount.mutateAsync(values);
    } catch (error) {
      showApiError(error, form.setError, FIELDS);
      return;
    }
    const result = await signIn("credentials", { login: values.email, password: values.password, redirect: false });
    if (!result || result.error) {
      // The account exists; only the automatic sign-in failed (e.g. the server restarted).
      toast.error("Your account was created, but signing you in failed. Sign in to continue.");
      router.push("/sign-in");
      return;
    }
    toast.success("Welcome to Soporte! Your account is ready.");
    router.replace("/dashboard");
    router.refresh();
  });

  return (
    <Card className="w-full max-w-md shadow-sm">
      <CardHeader>
        <CardTitle asHeading="h1" className="text-xl">
          Create your account
        </CardTitle>
        <CardDescription>Open tickets and follow them from one place.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} noValidate aria-label="Create your account" className="grid gap-4">
          <FormField id="email" label="Email" error={errors.email?.message} required>
            <Input type="email" autoComplete="email" autoFocus {...form.register("email")} />
          </FormField>
          <FormField
            id="username"
            label="Username"
            description="Letters, digits, dots, dashes and underscores. You can sign in with it."
            error={errors.username?.message}
            required
          >
            <Input autoComplete="username" autoCapitalize="off" spellCheck={false} {...form.register("username")} />
          </FormField>
          <FormField id="fullName" label="Full name" error={errors.fullName?.message} required>
            <Input autoComplete="name" {...form.register("fullName")} />
          </FormField>
          <FormField
            id="password"
            label="Password"
            description={`At least ${PASSWORD_MIN} characters.`}
            error={errors.password?.message}
            required
          >
            <Input type="password" autoComplete="new-password" {...form.register("password")} />
          </FormField>
          <Button type="submit" disabled={isSubmitting} className="w-full">
            {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
            Create account
          </Button>
        </form>
      </CardContent>
      <CardFooter className="justify-center border-t text-sm text-muted-foreground">
        <p>
          Already have an account?{" "}
          <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
            Sign in
          </Link>
        </p>
      </CardFooter>
    </Card>
  );
}
