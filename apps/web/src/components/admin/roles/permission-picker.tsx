"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Ref } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import type { PermissionArea, PermissionName } from "./role-types";

type PermissionPickerProps = {
  areas: PermissionArea[];
  value: readonly PermissionName[];
  onChange: (permissions: PermissionName[]) => void;
  disabled?: boolean;
  /** Whether the viewer may add this permission (one they hold themselves); removing is always allowed. */
  canAdd?: (name: PermissionName) => boolean;
  /** e.g. "The admin role must keep users.manage and roles.manage." from the server. */
  error?: string;
  /** react-hook-form's field ref: focusing the group on an error scrolls it into view. */
  ref?: Ref<HTMLDivElement>;
};

/** Permissions grouped by area, in the page's language, with a "select all" box per area. */
export function PermissionPicker({
  areas,
  value,
  onChange,
  disabled = false,
  canAdd = () => true,
  error,
  ref,
}: PermissionPickerProps) {
  const t = useTranslations("admin.roles.picker");
  const locale = useLocale();
  const selected = new Set(value);
  const set = (names: PermissionName[], on: boolean) => {
    const next = new Set(selected);
    for (const name of names) {
      if (on && canAdd(name)) next.add(name);
      else if (!on) next.delete(name);
    }
    onChange([...next]);
  };

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-label={t("label")}
      aria-describedby={error ? "permissions-error" : undefined}
      className="grid gap-4 rounded-lg outline-hidden"
      data-testid="permission-picker"
    >
      {error && (
        <p id="permissions-error" role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      )}
      {areas.map((area) => {
        const names = area.permissions.map((permission) => permission.name);
        const count = names.filter((name) => selected.has(name)).length;
        const all = count === names.length;
        // With some permissions out of reach, "select all" clears once everything addable is selected.
        const full = names.every((name) => selected.has(name) || !canAdd(name));
        const allId = `area-${area.area}-all`;
        return (
          <fieldset key={area.area} className="grid gap-3 rounded-lg border p-4">
            <legend className="sr-only">{area.label[locale]}</legend>
            <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
              <p aria-hidden className="font-medium">
                {area.label[locale]}{" "}
                <span className="text-sm font-normal text-muted-foreground">
                  {t("count", { count, total: names.length })}
                </span>
              </p>
              <div className="flex items-center gap-2">
                <Checkbox
                  id={allId}
                  checked={all ? true : count > 0 ? "indeterminate" : false}
                  disabled={disabled}
                  onCheckedChange={() => set(names, !full)}
                />
                <Label htmlFor={allId} className="font-normal text-muted-foreground">
                  {t.rich("selectAll", {
                    area: area.label[locale],
                    hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                  })}
                </Label>
              </div>
            </div>
            <div className="grid gap-2 md:grid-cols-2">
              {area.permissions.map((permission) => {
                const id = `permission-${permission.name}`;
                const locked = !selected.has(permission.name) && !canAdd(permission.name);
                return (
                  <div
                    key={permission.name}
                    className="flex items-start gap-3 rounded-md p-2 has-[[data-state=checked]]:bg-accent/40"
                  >
                    <Checkbox
                      id={id}
                      className="mt-0.5"
                      checked={selected.has(permission.name)}
                      disabled={disabled || locked}
                      onCheckedChange={(checked) => set([permission.name], checked === true)}
                      aria-describedby={locked ? `${id}-description ${id}-locked` : `${id}-description`}
                    />
                    <div className="grid min-w-0 gap-1">
                      <Label htmlFor={id}>{permission.label[locale]}</Label>
                      <p id={`${id}-description`} className="text-xs text-muted-foreground">
                        {permission.description[locale]}
                      </p>
                      {locked && (
                        <p id={`${id}-locked`} className="text-xs text-muted-foreground italic">
                          {t("locked")}
                        </p>
                      )}
                      <code className="w-fit rounded bg-muted px-1 py-0.5 font-mono text-[0.7rem] text-muted-foreground">
                        {permission.name}
                      </code>
                    </div>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
