"use client";

import type { profileSchema } from "@soporte/api/schemas";
import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { initials } from "@/components/shell/user-menu";
import { Avatar, AvatarInitials } from "@/components/ui/avatar";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { readableOn } from "@/lib/colors";
import { cn } from "@/lib/utils";

type ProfileForm = UseFormReturn<z.input<typeof profileSchema>, unknown, z.output<typeof profileSchema>>;

/** Presets dark enough for white initials (≥ 4.5:1); `name`: a key of `account.profile.avatar.swatches`. */
const SWATCHES = [
  { hex: "#4f46e5", name: "indigo" },
  { hex: "#7c3aed", name: "violet" },
  { hex: "#be123c", name: "rose" },
  { hex: "#b45309", name: "amber" },
  { hex: "#15803d", name: "green" },
  { hex: "#0f766e", name: "teal" },
  { hex: "#0369a1", name: "sky" },
  { hex: "#475569", name: "slate" },
] as const;

const HEX = /^#[0-9a-fA-F]{6}$/;

export function AvatarColorField({ form }: { form: ProfileForm }) {
  const t = useTranslations("account.profile.avatar");
  const [color = "", fullName = ""] = useWatch({ control: form.control, name: ["avatarColor", "fullName"] });
  const error = form.formState.errors.avatarColor?.message;
  const preview = HEX.test(color) ? color : undefined;

  const pick = (hex: string) => form.setValue("avatarColor", hex, { shouldDirty: true, shouldValidate: true });

  return (
    <fieldset className="grid gap-3">
      <legend className="mb-3 text-sm leading-none font-medium">{t("legend")}</legend>
      <div className="flex items-center gap-4">
        <Avatar className="size-12" aria-hidden>
          <AvatarInitials
            style={{ backgroundColor: preview, color: readableOn(preview ?? "") }}
            className="text-base font-semibold"
            data-testid="avatar-preview"
          >
            {initials(fullName)}
          </AvatarInitials>
        </Avatar>
        <div role="group" aria-label={t("presets")} className="grid grid-cols-4 gap-2 sm:flex sm:flex-wrap">
          {SWATCHES.map((swatch) => {
            const selected = color.toLowerCase() === swatch.hex;
            return (
              <button
                key={swatch.hex}
                type="button"
                aria-label={t(`swatches.${swatch.name}`)}
                aria-pressed={selected}
                title={t(`swatches.${swatch.name}`)}
                onClick={() => pick(swatch.hex)}
                style={{ backgroundColor: swatch.hex, color: readableOn(swatch.hex) }}
                className={cn(
                  "flex size-8 items-center justify-center rounded-full ring-offset-2 ring-offset-background transition-shadow",
                  "hover:ring-2 hover:ring-ring/50 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-hidden",
                  selected && "ring-2 ring-foreground",
                )}
              >
                {selected && <Check className="size-4" aria-hidden />}
              </button>
            );
          })}
        </div>
      </div>
      <FormField id="avatarColor" label={t("hex")} error={error} className="max-w-48">
        <Input
          spellCheck={false}
          autoCapitalize="off"
          placeholder="#4f46e5"
          className="font-mono"
          {...form.register("avatarColor")}
        />
      </FormField>
    </fieldset>
  );
}
