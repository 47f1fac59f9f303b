"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { RouterOutputs } from "@soporte/api";
import { organizationCreateSchema } from "@soporte/api/schemas";
import { Loader2 } from "lucide-react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/sonner";
import { showApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";

export type OrganizationItem = RouterOutputs["organizations"]["list"]["items"][number];

const FIELDS = ["name", "domain"] as const;

/** Create (`organization` "new") or edit an organization. */
export function OrganizationFormDialog({
  organization,
  onClose,
}: {
  organization: OrganizationItem | "new" | null;
  onClose: () => void;
}) {
  return (
    <Dialog open={organization !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        {organization && (
          <OrganizationForm
            key={organization === "new" ? "new" : organization.id}
            organization={organization === "new" ? null : organization}
            onClose={onClose}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

function OrganizationForm({ organization, onClose }: { organization: OrganizationItem | null; onClose: () => void }) {
  const utils = api.useUtils();
  const create = api.organizations.create.useMutation();
  const update = api.organizations.update.useMutation();
  const form = useForm({
    resolver: zodResolver(organizationCreateSchema),
    defaultValues: { name: organization?.name ?? "", domain: organization?.domain ?? "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = organization
        ? await update.mutateAsync({ id: organization.id, ...values })
        : await create.mutateAsync(values);
      toast.success(organization ? `${saved.name} was saved.` : `${saved.name} was created.`);
      await utils.organizations.invalidate();
      onClose();
    } catch (error) {
      showApiError(error, form.setError, FIELDS);
    }
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={organization ? "Edit organization" : "New organization"}
      className="grid gap-5"
    >
      <DialogHeader>
        <DialogTitle>{organization ? `Edit ${organization.name}` : "New organization"}</DialogTitle>
        <DialogDescription>A client company whose people open tickets.</DialogDescription>
      </DialogHeader>
      <FormField id="organization-name" label="Name" error={errors.name?.message} required>
        <Input autoComplete="off" {...form.register("name")} />
      </FormField>
      <FormField
        id="organization-domain"
        label="Domain"
        description="Their email domain, e.g. acme.com (optional)."
        error={errors.domain?.message}
      >
        <Input
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          placeholder="acme.com"
          {...form.register("domain")}
        />
      </FormField>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={isSubmitting}>
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
          {organization ? "Save" : "Create organization"}
        </Button>
      </DialogFooter>
    </form>
  );
}
