"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Loader2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch } from "react-hook-form";
import { DirectoryOptions } from "@/components/admin/directory-options";
import { useLocationOptions } from "@/components/admin/use-directory-options";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { toast } from "@/components/ui/sonner";
import { Textarea } from "@/components/ui/textarea";
import { showApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { RequesterPicker } from "./requester-picker";
import { NEW_TICKET_DEFAULTS, newTicketFormSchema, toCreateInput } from "./ticket-form-schema";
import { activeItems, problemTypesFor, useCatalogs } from "./use-ticket-options";

const FIELDS = [
  "title",
  "description",
  "categoryId",
  "problemTypeId",
  "priorityId",
  "criticalityId",
  "locationId",
  "tags",
  "requesterId",
] as const;

/** /tickets/new: staff may open the ticket for a requester; everyone else opens it for themselves. */
export function NewTicketForm({ picksRequester }: { picksRequester: boolean }) {
  const router = useRouter();
  const utils = api.useUtils();
  const catalogs = useCatalogs();
  const locations = useLocationOptions();
  const create = api.tickets.create.useMutation();
  const form = useForm({ resolver: zodResolver(newTicketFormSchema), defaultValues: NEW_TICKET_DEFAULTS });
  const { errors, isSubmitting } = form.formState;
  const categoryId = useWatch({ control: form.control, name: "categoryId" }) ?? "";
  const problemTypes = problemTypesFor(catalogs.data, categoryId || null);
  const defaultPriority = catalogs.data?.priorities.find((priority) => priority.isDefault);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const ticket = await create.mutateAsync(toCreateInput(values));
      toast.success(`Ticket #${ticket.number} was opened.`);
      await utils.tickets.list.invalidate();
      router.push(`/tickets/${ticket.number}`);
    } catch (error) {
      showApiError(error, form.setError, FIELDS);
    }
  });

  const categoryField = form.register("categoryId");

  return (
    <Card>
      <form onSubmit={onSubmit} noValidate aria-label="New ticket" className="grid gap-6">
        <CardContent className="grid gap-5">
          <FormField id="ticket-title" label="Title" error={errors.title?.message} required>
            <Input
              autoComplete="off"
              placeholder="A short summary, e.g. “VPN drops every few minutes”"
              {...form.register("title")}
            />
          </FormField>
          <FormField
            id="ticket-description"
            label="Description"
            description="What happened, what you expected, and what you already tried."
            error={errors.description?.message}
            required
          >
            <Textarea rows={6} className="min-h-36" {...form.register("description")} />
          </FormField>
          <div className="grid items-start gap-5 sm:grid-cols-2">
            <FormField id="ticket-category" label="Category" error={errors.categoryId?.message}>
              <NativeSelect
                {...categoryField}
                disabled={!catalogs.data}
                onChange={(event) => {
                  void categoryField.onChange(event);
                  const type = catalogs.data?.problemTypes.find((item) => item.id === form.getValues("problemTypeId"));
                  if (type?.categoryId && type.categoryId !== event.target.value) form.setValue("problemTypeId", "");
                }}
              >
                <option value="">Not sure</option>
                {activeItems(catalogs.data?.categories).map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.name}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <FormField
              id="ticket-problem-type"
              label="Problem type"
              description={categoryId ? undefined : "Choose a category to see its problem types."}
              error={errors.problemTypeId?.message}
            >
              <NativeSelect {...form.register("problemTypeId")} disabled={!catalogs.data || problemTypes.length === 0}>
                <option value="">Not sure</option>
                {problemTypes.map((type) => (
                  <option key={type.id} value={type.id}>
                    {type.name}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <FormField id="ticket-priority" label="Priority" error={errors.priorityId?.message}>
              <NativeSelect {...form.register("priorityId")} disabled={!catalogs.data}>
                <option value="">{defaultPriority ? `Default (${defaultPriority.name})` : "Default"}</option>
                {activeItems(catalogs.data?.priorities).map((priority) => (
                  <option key={priority.id} value={priority.id}>
                    {priority.name}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <FormField id="ticket-criticality" label="Criticality" error={errors.criticalityId?.message}>
              <NativeSelect {...form.register("criticalityId")} disabled={!catalogs.data}>
                <option value="">Not set</option>
                {activeItems(catalogs.data?.criticalities).map((criticality) => (
                  <option key={criticality.id} value={criticality.id}>
                    {criticality.name}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <FormField id="ticket-location" label="Location" error={errors.locationId?.message}>
              <NativeSelect {...form.register("locationId")} aria-busy={locations.loading}>
                <option value="">The requester’s location</option>
                <DirectoryOptions options={locations.options} />
              </NativeSelect>
            </FormField>
            <FormField
              id="ticket-tags"
              label="Tags"
              description="Separated by commas, e.g. vpn, remote."
              error={errors.tags?.message}
            >
              <Input autoComplete="off" {...form.register("tags")} />
            </FormField>
          </div>
          {picksRequester && (
            <Controller
              control={form.control}
              name="requesterId"
              render={({ field }) => (
                <FormField
                  id="ticket-requester"
                  label="Requester"
                  description="Open the ticket on behalf of someone; leave it on “Myself” otherwise."
                  error={errors.requesterId?.message}
                >
                  {(control) => (
                    <RequesterPicker
                      control={control}
                      selectRef={field.ref}
                      value={field.value ?? ""}
                      onChange={field.onChange}
                      disabled={isSubmitting}
                    />
                  )}
                </FormField>
              )}
            />
          )}
        </CardContent>
        <CardFooter className="flex justify-end gap-2">
          <Button type="button" variant="outline" asChild>
            <Link href="/tickets">Cancel</Link>
          </Button>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
            Open ticket
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
