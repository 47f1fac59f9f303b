"use client";

import { ArrowLeft, Loader2, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { Textarea } from "@/components/ui/textarea";
import { apiSchema, useZodResolver } from "@/components/ui/use-zod-resolver";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { useDelegation } from "../use-delegation";
import { DeleteRoleDialog } from "./delete-role-dialog";
import { PermissionPicker } from "./permission-picker";
import type { PermissionArea, PermissionName, Role } from "./role-types";

const FIELDS = ["name", "description", "permissions"] as const;

/** The role's permissions that the catalogue still knows (names are plain strings in the database). */
function knownPermissions(role: Role | null, areas: PermissionArea[]): PermissionName[] {
  const known = new Map(
    areas.flatMap((area) =>
      area.permissions.map((permission) => [permission.name as string, permission.name] as const),
    ),
  );
  return (role?.permissions ?? []).flatMap((name) => known.get(name) ?? []);
}

export function RoleForm({ role, areas }: { role: Role | null; areas: PermissionArea[] }) {
  const { showApiError } = useApiErrors();
  const t = useTranslations("admin.roles");
  const router = useRouter();
  const utils = api.useUtils();
  const create = api.roles.create.useMutation();
  const update = api.roles.update.useMutation();
  const [deleting, setDeleting] = useState(false);
  const { holds, roleDeleteRefusal } = useDelegation();
  const saved = new Set(role?.permissions ?? []);
  const deleteRefusal = role ? roleDeleteRefusal(role) : null;
  const form = useForm({
    resolver: useZodResolver(apiSchema("roleCreateSchema")),
    defaultValues: {
      name: role?.name ?? "",
      description: role?.description ?? "",
      permissions: knownPermissions(role, areas),
    },
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const builtIn = role?.builtIn ?? false;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      if (role) {
        // Built-in roles keep their name; the API refuses a rename.
        await update.mutateAsync({ id: role.id, ...values, name: builtIn ? undefined : values.name });
        toast.success(t("form.saved", { name: values.name }));
        await Promise.all([utils.roles.invalidate(), utils.users.invalidate()]);
      } else {
        const created = await create.mutateAsync(values);
        toast.success(t("form.created", { name: created.name }));
        await utils.roles.list.invalidate();
        router.push(`/admin/roles/${created.id}`);
      }
    } catch (error) {
      showApiError(error, form.setError, FIELDS);
    }
  });

  return (
    <>
      <Link
        href="/admin/roles"
        className="flex w-fit items-center gap-1.5 rounded-sm text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
      >
        <ArrowLeft className="size-4" aria-hidden />
        {t("form.back")}
      </Link>
      <PageHeader
        title={
          role ? (
            <span className="flex flex-wrap items-center gap-2">
              {role.name}
              {builtIn && <Badge variant="secondary">{t("builtIn")}</Badge>}
            </span>
          ) : (
            t("form.newTitle")
          )
        }
        description={
          role
            ? t.rich("form.assignedTo", {
                count: role.memberCount,
                link: (chunks) => (
                  <Link
                    href={`/admin/users?role=${role.id}`}
                    className="font-medium text-foreground underline underline-offset-4"
                  >
                    {chunks}
                  </Link>
                ),
              })
            : t("form.newDescription")
        }
      />
      <form
        onSubmit={onSubmit}
        noValidate
        aria-label={role ? t("form.editLabel", { name: role.name }) : t("form.newLabel")}
        className="grid gap-6"
      >
        <Card>
          <CardHeader>
            <CardTitle asHeading="h2">{t("form.details")}</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-5">
            <FormField
              id="role-name"
              label={t("form.name")}
              description={builtIn ? t("form.builtInName") : undefined}
              error={errors.name?.message}
              required={!builtIn}
            >
              <Input
                autoComplete="off"
                readOnly={builtIn}
                className="read-only:bg-muted read-only:text-muted-foreground"
                {...form.register("name")}
              />
            </FormField>
            <FormField id="role-description" label={t("form.description")} error={errors.description?.message}>
              <Textarea rows={2} maxLength={300} {...form.register("description")} />
            </FormField>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle asHeading="h2">{t("form.permissions")}</CardTitle>
            <CardDescription>{t("form.permissionsDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <Controller
              control={form.control}
              name="permissions"
              render={({ field }) => (
                <PermissionPicker
                  ref={field.ref}
                  areas={areas}
                  value={field.value}
                  onChange={field.onChange}
                  disabled={isSubmitting}
                  canAdd={(name) => saved.has(name) || holds(name)}
                  error={errors.permissions?.message}
                />
              )}
            />
          </CardContent>
        </Card>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:items-center">
          {role && !builtIn && (
            <Button
              type="button"
              variant="outline"
              className="text-destructive hover:text-destructive"
              disabled={deleteRefusal !== null}
              aria-describedby={deleteRefusal ? "role-delete-refusal" : undefined}
              onClick={() => setDeleting(true)}
            >
              <Trash2 aria-hidden />
              {t("form.delete")}
            </Button>
          )}
          {role && !builtIn && deleteRefusal && (
            <p id="role-delete-refusal" className="text-sm text-muted-foreground">
              {deleteRefusal}
            </p>
          )}
          <div className="flex flex-col-reverse gap-2 sm:ml-auto sm:flex-row">
            <Button type="button" variant="ghost" disabled={!isDirty || isSubmitting} onClick={() => form.reset()}>
              {t("form.discard")}
            </Button>
            <Button type="submit" disabled={isSubmitting || (role !== null && !isDirty)}>
              {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
              {role ? t("form.save") : t("form.create")}
            </Button>
          </div>
        </div>
      </form>
      {role && (
        <DeleteRoleDialog
          role={deleting ? role : null}
          onClose={() => setDeleting(false)}
          onDeleted={() => router.push("/admin/roles")}
        />
      )}
    </>
  );
}
