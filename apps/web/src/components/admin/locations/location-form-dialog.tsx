"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { RouterOutputs } from "@soporte/api";
import { locationCreateSchema } from "@soporte/api/schemas";
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
import { Textarea } from "@/components/ui/textarea";
import { showApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";

export type LocationItem = RouterOutputs["locations"]["list"]["items"][number];

const FIELDS = ["name", "description"] as const;

/** Create (`location` "new") or edit an location. */
export function LocationFormDialog({
  location,
  onClose,
}: {
  location: LocationItem | "new" | null;
  onClose: () => void;
}) {
  return (
    <Dialog open={location !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        {location && (
          <LocationForm
            key={location === "new" ? "new" : location.id}
            location={location === "new" ? null : location}
            onClose={onClose}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

function LocationForm({ location, onClose }: { location: LocationItem | null; onClose: () => void }) {
  const utils = api.useUtils();
  const create = api.locations.create.useMutation();
  const update = api.locations.update.useMutation();
  const form = useForm({
    resolver: zodResolver(locationCreateSchema),
    defaultValues: { name: location?.name ?? "", description: location?.description ?? "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = location
        ? await update.mutateAsync({ id: location.id, ...values })
        : await create.mutateAsync(values);
      toast.success(location ? `${saved.name} was saved.` : `${saved.name} was created.`);
      await utils.locations.invalidate();
      onClose();
    } catch (error) {
      showApiError(error, form.setError, FIELDS);
    }
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={location ? "Edit location" : "New location"}
      className="grid gap-5"
    >
      <DialogHeader>
        <DialogTitle>{location ? `Edit ${location.name}` : "New location"}</DialogTitle>
        <DialogDescription>A site, branch or department people work at.</DialogDescription>
      </DialogHeader>
      <FormField id="location-name" label="Name" error={errors.name?.message} required>
        <Input autoComplete="off" {...form.register("name")} />
      </FormField>
      <FormField id="location-description" label="Description" error={errors.description?.message}>
        <Textarea rows={2} maxLength={300} {...form.register("description")} />
      </FormField>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={isSubmitting}>
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
          {location ? "Save" : "Create location"}
        </Button>
      </DialogFooter>
    </form>
  );
}
