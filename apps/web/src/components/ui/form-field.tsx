import { Slot } from "@radix-ui/react-slot";
import * as React from "react";
import { cn } from "@/lib/utils";
import { Label } from "./label";

/** Props a `FormField` hands to its control so it is labelled and described correctly. */
type FormFieldControlProps = {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
  "aria-required": true | undefined;
};

type FormFieldProps = Omit<React.ComponentProps<"div">, "children" | "id"> & {
  /** Visible label text (rendered as a `<label for=…>`). */
  label: React.ReactNode;
  /** Id given to the control; generated when omitted. Set it here, not on the control. */
  id?: string;
  /** Help text under the control, linked with `aria-describedby`. */
  description?: React.ReactNode;
  /** Error message (e.g. react-hook-form's `errors.name?.message`); marks the control `aria-invalid`. */
  error?: React.ReactNode;
  /** Shows a required marker and sets `aria-required` (no native `required`, so schema validation stays in charge). */
  required?: boolean;
  /** Keep the label for assistive tech but hide it visually. */
  hideLabel?: boolean;
  /**
   * The control: either a single element (an `Input`, `Textarea`, `<select>`, …) that receives `id` and the
   * aria attributes, or a function that gets them and spreads them where they belong.
   */
  children: React.ReactElement | ((control: FormFieldControlProps) => React.ReactNode);
};

/**
 * Label + control + description + inline error, wired together for assistive tech.
 *
 * ```tsx
 * <FormField id="email" label="Email" description="We never share it." error={errors.email?.message} required>
 *   <Input type="email" autoComplete="email" {...register("email")} />
 * </FormField>
 * ```
 *
 * The error is read out when the control gets focus (react-hook-form focuses the first invalid field on
 * submit). Props set on the child itself win over the ones injected here, so don't give the child its own
 * `id` / `aria-describedby`.
 */
function FormField({
  label,
  id: idProp,
  description,
  error,
  required = false,
  hideLabel = false,
  className,
  children,
  ...props
}: FormFieldProps) {
  const generatedId = React.useId();
  const id = idProp ?? `field-${generatedId}`;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const hasError = error !== undefined && error !== null && error !== false && error !== "";
  const hasDescription =
    description !== undefined && description !== null && description !== false && description !== "";

  const describedBy = [hasError ? errorId : null, hasDescription ? descriptionId : null].filter(Boolean).join(" ");
  const control: FormFieldControlProps = {
    id,
    "aria-describedby": describedBy === "" ? undefined : describedBy,
    "aria-invalid": hasError ? true : undefined,
    "aria-required": required ? true : undefined,
  };

  return (
    <div data-slot="form-field" data-invalid={hasError} className={cn("grid gap-2", className)} {...props}>
      <Label
        htmlFor={id}
        data-error={hasError}
        className={cn("data-[error=true]:text-destructive", hideLabel && "sr-only")}
      >
        {label}
        {required && (
          <span aria-hidden="true" className="text-destructive">
            *
          </span>
        )}
      </Label>
      {typeof children === "function" ? children(control) : <Slot {...control}>{children}</Slot>}
      {hasDescription && (
        <p id={descriptionId} data-slot="form-field-description" className="text-sm text-muted-foreground">
          {description}
        </p>
      )}
      {hasError && (
        <p id={errorId} data-slot="form-field-error" className="text-sm font-medium text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}

export { FormField, type FormFieldProps, type FormFieldControlProps };
