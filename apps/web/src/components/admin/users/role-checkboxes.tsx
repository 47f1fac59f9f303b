"use client";

import { AlertCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, type Ref } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { useDelegation } from "../use-delegation";

type RoleCheckboxesProps = {
  value: readonly string[];
  onChange: (roleIds: string[]) => void;
  disabled?: boolean;
  /** Shown under the group, e.g. a server error on `roleIds`. */
  error?: string;
  /** "Roles" unless given. */
  legend?: string;
  /** Why these roles cannot be changed at all (e.g. they are your own): the group is disabled and says so. */
  lockedReason?: string | null;
  /** react-hook-form's field ref: a server error on `roleIds` focuses the group. */
  ref?: Ref<HTMLFieldSetElement>;
};

/** One checkbox per role (`roles.list`), with its description. */
export function RoleCheckboxes({
  value,
  onChange,
  disabled = false,
  error,
  legend,
  lockedReason = null,
  ref,
}: RoleCheckboxesProps) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("admin.users.roleCheckboxes");
  const roles = api.roles.list.useQuery(undefined, { staleTime: 60_000 });
  const { roleRefusal } = useDelegation();
  const id = useId();
  const errorId = `${id}-error`;
  const lockedId = `${id}-locked`;
  const toggle = (roleId: string, checked: boolean) =>
    onChange(checked ? [...value, roleId] : value.filter((existing) => existing !== roleId));

  return (
    <fieldset
      ref={ref}
      tabIndex={-1}
      className="grid gap-3 outline-hidden"
      aria-describedby={[lockedReason ? lockedId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined}
    >
      <legend className="mb-3 text-sm leading-none font-medium">{legend ?? t("legend")}</legend>
      {lockedReason && (
        <p id={lockedId} className="text-sm text-muted-foreground">
          {lockedReason}
        </p>
      )}
      {roles.error ? (
        <Alert variant="destructive" role="alert">
          <AlertCircle aria-hidden />
          <AlertDescription>{t("loadError", { error: describeApiError(roles.error) })}</AlertDescription>
        </Alert>
      ) : !roles.data ? (
        <div className="grid gap-3" aria-busy="true" aria-label={t("loading")}>
          {[0, 1, 2].map((i) => (
            <div key={i} className="flex items-start gap-3">
              <Skeleton className="size-4" />
              <div className="grid flex-1 gap-1.5">
                <Skeleton className="h-4 w-24" />
                <Skeleton className="h-3 w-48" />
              </div>
            </div>
          ))}
        </div>
      ) : (
        <div className="grid gap-2 sm:grid-cols-2">
          {roles.data.items.map((role) => {
            const checkboxId = `${id}-${role.id}`;
            // A role the viewer may not grant stays as it is (the API would refuse the change).
            const refusal = lockedReason ? null : roleRefusal(role);
            const describedBy = [
              role.description ? `${checkboxId}-description` : null,
              refusal ? `${checkboxId}-refusal` : null,
            ];
            return (
              <div
                key={role.id}
                className="flex items-start gap-3 rounded-md border p-3 has-[[data-state=checked]]:border-primary/50 has-[[data-state=checked]]:bg-accent/40"
              >
                <Checkbox
                  id={checkboxId}
                  className="mt-0.5"
                  checked={value.includes(role.id)}
                  disabled={disabled || lockedReason !== null || refusal !== null}
                  onCheckedChange={(checked) => toggle(role.id, checked === true)}
                  aria-describedby={describedBy.filter(Boolean).join(" ") || undefined}
                />
                <div className="grid min-w-0 gap-1">
                  <Label htmlFor={checkboxId} className="font-medium">
                    {role.name}
                  </Label>
                  {role.description && (
                    <p id={`${checkboxId}-description`} className="text-xs text-muted-foreground">
                      {role.description}
                    </p>
                  )}
                  {refusal && (
                    <p id={`${checkboxId}-refusal`} className="text-xs text-muted-foreground italic">
                      {refusal}
                    </p>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}
