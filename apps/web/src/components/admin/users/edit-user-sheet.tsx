"use client";

import type { RouterOutputs } from "@soporte/api";
import { useTranslations } from "next-intl";
import { Controller, useForm, useWatch } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LocaleOptions } from "@/components/ui/locale-options";
import { NativeSelect } from "@/components/ui/native-select";
import { Sheet, SheetBody, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { toast } from "@/components/ui/toast";
import { Textarea } from "@/components/ui/textarea";
import { useZodResolver } from "@/components/ui/use-zod-resolver";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { sameIds } from "@/lib/utils";
import { PlacementFields } from "./placement-fields";
import { RoleCheckboxes } from "./role-checkboxes";
import { useDelegation } from "../use-delegation";
import { UserSheetFooter } from "./user-sheet-footer";
import { useRefreshUser } from "./use-refresh-user";
import { editUserFormSchema, editValuesOf, toUpdateInput } from "./user-form-schema";

type AdminUser = RouterOutputs["users"]["list"]["items"][number];

const FIELDS = ["fullName", "email", "username", "phone", "bio", "locale", "organizationId", "locationId"] as const;

type EditUserSheetProps = {
  user: AdminUser | null;
  onClose: () => void;
  /** Roles, organization and location are edited here too, unless the page has its own cards for them. */
  withRolesAndPlacement?: boolean;
};

export function EditUserSheet({ user, onClose, withRolesAndPlacement = true }: EditUserSheetProps) {
  return (
    <Sheet open={user !== null} onOpenChange={(open) => !open && onClose()}>
      <SheetContent>
        {user && (
          <EditUserForm key={user.id} user={user} onClose={onClose} withRolesAndPlacement={withRolesAndPlacement} />
        )}
      </SheetContent>
    </Sheet>
  );
}

function EditUserForm({
  user,
  onClose,
  withRolesAndPlacement,
}: {
  user: AdminUser;
  onClose: () => void;
  withRolesAndPlacement: boolean;
}) {
  const { describeApiError, showApiError } = useApiErrors();
  const t = useTranslations("admin.users");
  const refresh = useRefreshUser();
  const { userRefusal } = useDelegation();
  // Read-only rather than disabled: react-hook-form leaves disabled fields out of the values.
  const identityLocked = userRefusal(user, "change-identity");
  const update = api.users.update.useMutation();
  const setRoles = api.users.setRoles.useMutation();
  const form = useForm({ resolver: useZodResolver(async () => editUserFormSchema), defaultValues: editValuesOf(user) });
  const { errors, isSubmitting, isDirty } = form.formState;
  const [organizationId = "", locationId = ""] = useWatch({
    control: form.control,
    name: ["organizationId", "locationId"],
  });

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync(toUpdateInput(user.id, values));
    } catch (error) {
      showApiError(error, form.setError, FIELDS);
      return;
    }
    const rolesChanged =
      withRolesAndPlacement &&
      !sameIds(
        values.roleIds,
        user.roles.map((role) => role.id),
      );
    try {
      if (rolesChanged) await setRoles.mutateAsync({ id: user.id, roleIds: values.roleIds });
      toast.success(t("edit.saved", { name: values.fullName }));
      onClose();
    } catch (error) {
      // The details were saved; only the roles were refused (e.g. removing the last administrator).
      toast.error(t("edit.rolesRefused", { error: describeApiError(error) }));
      form.setError("roleIds", { type: "server", message: describeApiError(error) });
    } finally {
      await refresh(user.id);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("edit.label")} className="flex min-h-0 flex-1 flex-col">
      <SheetHeader>
        <SheetTitle>{t("edit.title", { name: user.fullName })}</SheetTitle>
        <SheetDescription>{t("edit.description")}</SheetDescription>
      </SheetHeader>
      <SheetBody>
        <FormField id="edit-fullName" label={t("form.fullName")} error={errors.fullName?.message} required>
          <Input autoComplete="off" {...form.register("fullName")} />
        </FormField>
        <FormField
          id="edit-email"
          label={t("form.email")}
          description={identityLocked ?? undefined}
          error={errors.email?.message}
          required
        >
          <Input type="email" autoComplete="off" readOnly={identityLocked !== null} {...form.register("email")} />
        </FormField>
        <FormField id="edit-username" label={t("form.username")} error={errors.username?.message} required>
          <Input
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            readOnly={identityLocked !== null}
            {...form.register("username")}
          />
        </FormField>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField id="edit-phone" label={t("form.phone")} error={errors.phone?.message}>
            <Input type="tel" autoComplete="off" {...form.register("phone")} />
          </FormField>
          <FormField id="edit-locale" label={t("form.language")} error={errors.locale?.message}>
            <NativeSelect {...form.register("locale")}>
              <LocaleOptions />
            </NativeSelect>
          </FormField>
        </div>
        <FormField id="edit-bio" label={t("form.bio")} error={errors.bio?.message}>
          <Textarea rows={2} maxLength={1000} {...form.register("bio")} />
        </FormField>
        {withRolesAndPlacement && (
          <Controller
            control={form.control}
            name="roleIds"
            render={({ field }) => (
              <RoleCheckboxes
                ref={field.ref}
                value={field.value}
                onChange={field.onChange}
                error={errors.roleIds?.message}
                lockedReason={userRefusal(user, "set-roles")}
              />
            )}
          />
        )}
        {withRolesAndPlacement && (
          <PlacementFields
            register={form.register}
            errors={errors}
            current={{ organizationId, locationId }}
            idPrefix="edit"
          />
        )}
      </SheetBody>
      <UserSheetFooter submitLabel={t("edit.submit")} isSubmitting={isSubmitting} canSubmit={isDirty} />
    </form>
  );
}
