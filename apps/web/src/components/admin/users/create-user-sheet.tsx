"use client";

import type { RouterOutputs } from "@soporte/api";
import { PASSWORD_MIN } from "@soporte/api/constants";
import { useTranslations } from "next-intl";
import { Controller, useForm, useWatch } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Sheet, SheetBody, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { toast } from "@/components/ui/toast";
import { useZodResolver } from "@/components/ui/use-zod-resolver";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { PlacementFields } from "./placement-fields";
import { RoleCheckboxes } from "./role-checkboxes";
import { UserSheetFooter } from "./user-sheet-footer";
import { CREATE_USER_DEFAULTS, createUserFormSchema, toCreateInput } from "./user-form-schema";

type CreatedUser = RouterOutputs["users"]["create"];

const FIELDS = ["fullName", "email", "username", "password", "roleIds", "organizationId", "locationId"] as const;

type CreateUserSheetProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** `generatedPassword` is set when the password was left empty: show it once. */
  onCreated: (created: CreatedUser) => void;
};

export function CreateUserSheet({ open, onOpenChange, onCreated }: CreateUserSheetProps) {
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent>{open && <CreateUserForm onCreated={onCreated} />}</SheetContent>
    </Sheet>
  );
}

function CreateUserForm({ onCreated }: { onCreated: (created: CreatedUser) => void }) {
  const t = useTranslations("admin.users");
  const { showApiError } = useApiErrors();
  const utils = api.useUtils();
  const create = api.users.create.useMutation();
  const form = useForm({
    resolver: useZodResolver(async () => createUserFormSchema),
    defaultValues: CREATE_USER_DEFAULTS,
  });
  const { errors, isSubmitting } = form.formState;
  const [organizationId = "", locationId = ""] = useWatch({
    control: form.control,
    name: ["organizationId", "locationId"],
  });

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const created = await create.mutateAsync(toCreateInput(values));
      toast.success(t("create.created", { name: created.user.fullName }));
      await Promise.all([utils.users.list.invalidate(), utils.roles.list.invalidate()]);
      onCreated(created);
    } catch (error) {
      showApiError(error, form.setError, FIELDS);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("create.label")} className="flex min-h-0 flex-1 flex-col">
      <SheetHeader>
        <SheetTitle>{t("create.title")}</SheetTitle>
        <SheetDescription>{t("create.description")}</SheetDescription>
      </SheetHeader>
      <SheetBody>
        <FormField id="new-fullName" label={t("form.fullName")} error={errors.fullName?.message} required>
          <Input autoComplete="off" {...form.register("fullName")} />
        </FormField>
        <FormField id="new-email" label={t("form.email")} error={errors.email?.message} required>
          <Input type="email" autoComplete="off" {...form.register("email")} />
        </FormField>
        <FormField id="new-username" label={t("form.username")} error={errors.username?.message} required>
          <Input autoComplete="off" autoCapitalize="off" spellCheck={false} {...form.register("username")} />
        </FormField>
        <FormField
          id="new-password"
          label={t("form.password")}
          description={t("form.passwordHint", { min: PASSWORD_MIN })}
          error={errors.password?.message}
        >
          <Input type="password" autoComplete="new-password" {...form.register("password")} />
        </FormField>
        <Controller
          control={form.control}
          name="roleIds"
          render={({ field }) => (
            <RoleCheckboxes
              ref={field.ref}
              value={field.value}
              onChange={field.onChange}
              error={errors.roleIds?.message}
            />
          )}
        />
        <PlacementFields
          register={form.register}
          errors={errors}
          current={{ organizationId, locationId }}
          idPrefix="new"
        />
      </SheetBody>
      <UserSheetFooter submitLabel={t("create.submit")} isSubmitting={isSubmitting} />
    </form>
  );
}
