"use client";

import { useZodResolver } from "@/components/ui/use-zod-resolver";
import { Loader2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Controller, useForm, useWatch } from "react-hook-form";
import { DirectoryOptions } from "@/components/admin/directory-options";
import { useLocationOptions } from "@/components/admin/use-directory-options";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { toast } from "@/components/ui/toast";
import { Textarea } from "@/components/ui/textarea";
import { useApiErrors } from "@/lib/api-errors";
import { useLocalizedName } from "@/lib/localized-name";
import { api } from "@/trpc/react";
import { RequesterPicker } from "./requester-picker";
import { NEW_TICKET_DEFAULTS, toCreateInput, useTagsMessages } from "./ticket-form";
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
  const { showApiError } = useApiErrors();
  const router = useRouter();
  const utils = api.useUtils();
  const catalogs = useCatalogs();
  const locations = useLocationOptions();
  const create = api.tickets.create.useMutation();
  const t = useTranslations("tickets.newTicket");
  const nameOf = useLocalizedName();
  const tagsMessages = useTagsMessages();
  const resolver = useZodResolver(async () => (await import("./ticket-form-schema")).newTicketFormSchema(tagsMessages));
  const form = useForm({ resolver, defaultValues: NEW_TICKET_DEFAULTS });
  const { errors, isSubmitting } = form.formState;
  const categoryId = useWatch({ control: form.control, name: "categoryId" }) ?? "";
  const problemTypes = problemTypesFor(catalogs.data, categoryId || null);
  const defaultPriority = catalogs.data?.priorities.find((priority) => priority.isDefault);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const ticket = await create.mutateAsync(toCreateInput(values));
      toast.success(t("opened", { number: ticket.number }));
      await utils.tickets.list.invalidate();
      router.push(`/tickets/${ticket.number}`);
    } catch (error) {
      showApiError(error, form.setError, FIELDS);
    }
  });

  const categoryField = form.register("categoryId");

  return (
    <Card>
      <form onSubmit={onSubmit} noValidate aria-label={t("form")} className="grid gap-6">
        <CardContent className="grid gap-5">
          <FormField id="ticket-title" label={t("title")} error={errors.title?.message} required>
            <Input autoComplete="off" placeholder={t("titlePlaceholder")} {...form.register("title")} />
          </FormField>
          <FormField
            id="ticket-description"
            label={t("description")}
            description={t("descriptionHelp")}
            error={errors.description?.message}
            required
          >
            <Textarea rows={6} className="min-h-36" {...form.register("description")} />
          </FormField>
          <div className="grid items-start gap-5 sm:grid-cols-2">
            <FormField id="ticket-category" label={t("category")} error={errors.categoryId?.message}>
              <NativeSelect
                {...categoryField}
                disabled={!catalogs.data}
                onChange={(event) => {
                  void categoryField.onChange(event);
                  const type = catalogs.data?.problemTypes.find((item) => item.id === form.getValues("problemTypeId"));
                  if (type?.categoryId && type.categoryId !== event.target.value) form.setValue("problemTypeId", "");
                }}
              >
                <option value="">{t("notSure")}</option>
                {activeItems(catalogs.data?.categories).map((category) => (
                  <option key={category.id} value={category.id}>
                    {nameOf(category)}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <FormField
              id="ticket-problem-type"
              label={t("problemType")}
              description={categoryId ? undefined : t("problemTypeHelp")}
              error={errors.problemTypeId?.message}
            >
              <NativeSelect {...form.register("problemTypeId")} disabled={!catalogs.data || problemTypes.length === 0}>
                <option value="">{t("notSure")}</option>
                {problemTypes.map((type) => (
                  <option key={type.id} value={type.id}>
                    {nameOf(type)}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <FormField id="ticket-priority" label={t("priority")} error={errors.priorityId?.message}>
              <NativeSelect {...form.register("priorityId")} disabled={!catalogs.data}>
                <option value="">
                  {defaultPriority ? t("defaultPriority", { name: nameOf(defaultPriority) }) : t("default")}
                </option>
                {activeItems(catalogs.data?.priorities).map((priority) => (
                  <option key={priority.id} value={priority.id}>
                    {nameOf(priority)}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <FormField id="ticket-criticality" label={t("criticality")} error={errors.criticalityId?.message}>
              <NativeSelect {...form.register("criticalityId")} disabled={!catalogs.data}>
                <option value="">{t("notSet")}</option>
                {activeItems(catalogs.data?.criticalities).map((criticality) => (
                  <option key={criticality.id} value={criticality.id}>
                    {nameOf(criticality)}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <FormField id="ticket-location" label={t("location")} error={errors.locationId?.message}>
              <NativeSelect {...form.register("locationId")} aria-busy={locations.loading}>
                <option value="">{t("requesterLocation")}</option>
                <DirectoryOptions options={locations.options} />
              </NativeSelect>
            </FormField>
            <FormField id="ticket-tags" label={t("tags")} description={t("tagsHelp")} error={errors.tags?.message}>
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
                  label={t("requester")}
                  description={t("requesterHelp")}
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
            <Link href="/tickets">{t("cancel")}</Link>
          </Button>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
            {t("submit")}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
