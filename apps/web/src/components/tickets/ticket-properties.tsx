"use client";

import type { RouterInputs } from "@soporte/api";
import { UserRoundCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useLocationOptions } from "@/components/admin/use-directory-options";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Separator } from "@/components/ui/separator";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { useLocalizedName } from "@/lib/localized-name";
import { api } from "@/trpc/react";
import { PersonLabel } from "./person-label";
import { CatalogBadge, SlaBadge } from "./ticket-badges";
import { Property, PropertySelect, PropertyTime, TagsEditor, type Option } from "./ticket-property-controls";
import type { TicketDetailData, TicketsViewer } from "./ticket-types";
import { activeItems, problemTypesFor, useCatalogs, useStaffOptions } from "./use-ticket-options";
import { useRefreshTicket } from "./use-refresh-ticket";

type TicketUpdate = Omit<RouterInputs["tickets"]["update"], "id">;

const none = <span className="text-muted-foreground">—</span>;

/** The ticket's properties; each one the viewer may change is a control that saves on its own. */
export function TicketProperties({ ticket, viewer }: { ticket: TicketDetailData; viewer: TicketsViewer }) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("tickets.properties");
  const nameOf = useLocalizedName();
  const options = (items: { id: string; name: string; nameEs?: string | null }[]): Option[] =>
    items.map((item) => ({ value: item.id, label: nameOf(item) }));
  const { can } = ticket;
  const catalogs = useCatalogs();
  const locations = useLocationOptions();
  const staff = useStaffOptions(can.assign && viewer.looksUpPeople);
  const refresh = useRefreshTicket(ticket.id);
  const handlers = (success: string) => ({
    onSuccess: () => toast.success(success),
    onError: (error: unknown) => toast.error(describeApiError(error)),
    onSettled: refresh,
  });
  const setStatus = api.tickets.setStatus.useMutation(handlers(t("statusChanged")));
  const assign = api.tickets.assign.useMutation(handlers(t("assigneeChanged")));
  const update = api.tickets.update.useMutation(handlers(t("saved")));
  const save = (change: TicketUpdate) => update.mutate({ id: ticket.id, ...change });
  const orNull = (value: string) => value || null;

  const assignees =
    staff.people.some((person) => person.id === ticket.assignee?.id) || !ticket.assignee
      ? staff.people
      : [ticket.assignee, ...staff.people];

  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle asHeading="h2">{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        <div className="grid gap-4" data-testid="ticket-properties">
          <dl className="grid gap-4">
            <Property label={t("status")}>
              {can.setStatus ? (
                <PropertySelect
                  label={t("status")}
                  value={ticket.status.id}
                  pending={setStatus.isPending}
                  options={options(activeItems(catalogs.data?.statuses, ticket.status.id))}
                  onChange={(statusId) => setStatus.mutate({ id: ticket.id, statusId })}
                />
              ) : (
                <CatalogBadge name={nameOf(ticket.status)} color={ticket.status.color} />
              )}
            </Property>
            <Property label={t("assignee")}>
              {can.assign && viewer.looksUpPeople ? (
                <PropertySelect
                  label={t("assignee")}
                  value={ticket.assignee?.id ?? ""}
                  emptyLabel={t("unassigned")}
                  pending={assign.isPending}
                  options={assignees.map((person) => ({ value: person.id, label: person.fullName }))}
                  onChange={(value) => assign.mutate({ id: ticket.id, assigneeId: orNull(value) })}
                />
              ) : (
                <PersonLabel person={ticket.assignee} empty={t("unassigned")} />
              )}
              {can.assign && ticket.assignee?.id !== viewer.id && (
                <Button
                  type="button"
                  variant="outline"
                  size="sm"
                  className="mt-2"
                  disabled={assign.isPending}
                  onClick={() => assign.mutate({ id: ticket.id, assigneeId: viewer.id })}
                >
                  <UserRoundCheck aria-hidden />
                  {t("assignToMe")}
                </Button>
              )}
            </Property>
            <Property label={t("priority")}>
              {can.update ? (
                <PropertySelect
                  label={t("priority")}
                  value={ticket.priority.id}
                  pending={update.isPending}
                  options={options(activeItems(catalogs.data?.priorities, ticket.priority.id))}
                  onChange={(priorityId) => save({ priorityId })}
                />
              ) : (
                <CatalogBadge name={nameOf(ticket.priority)} color={ticket.priority.color} />
              )}
            </Property>
            <Property label={t("criticality")}>
              {can.update ? (
                <PropertySelect
                  label={t("criticality")}
                  value={ticket.criticality?.id ?? ""}
                  emptyLabel={t("notSet")}
                  pending={update.isPending}
                  options={options(activeItems(catalogs.data?.criticalities, ticket.criticality?.id))}
                  onChange={(value) => save({ criticalityId: orNull(value) })}
                />
              ) : ticket.criticality ? (
                <CatalogBadge name={nameOf(ticket.criticality)} color={ticket.criticality.color} />
              ) : (
                none
              )}
            </Property>
            <Property label={t("category")}>
              {can.update ? (
                <PropertySelect
                  label={t("category")}
                  value={ticket.category?.id ?? ""}
                  emptyLabel={t("notSet")}
                  pending={update.isPending}
                  options={options(activeItems(catalogs.data?.categories, ticket.category?.id))}
                  onChange={(value) => save({ categoryId: orNull(value) })}
                />
              ) : ticket.category ? (
                nameOf(ticket.category)
              ) : (
                none
              )}
            </Property>
            <Property label={t("problemType")}>
              {can.update ? (
                <PropertySelect
                  label={t("problemType")}
                  value={ticket.problemType?.id ?? ""}
                  emptyLabel={t("notSet")}
                  pending={update.isPending}
                  options={options(problemTypesFor(catalogs.data, ticket.category?.id ?? null, ticket.problemType?.id))}
                  onChange={(value) => save({ problemTypeId: orNull(value) })}
                />
              ) : ticket.problemType ? (
                nameOf(ticket.problemType)
              ) : (
                none
              )}
            </Property>
            <Property label={t("location")}>
              {can.update ? (
                <PropertySelect
                  label={t("location")}
                  value={ticket.location?.id ?? ""}
                  emptyLabel={t("notSet")}
                  pending={update.isPending}
                  options={locations.options
                    .filter((location) => location.active || location.id === ticket.location?.id)
                    .map((location) => ({ value: location.id, label: location.name }))}
                  onChange={(value) => save({ locationId: orNull(value) })}
                />
              ) : (
                (ticket.location?.name ?? none)
              )}
            </Property>
            <Property label={t("tags")}>
              {can.update ? (
                <TagsEditor
                  key={ticket.tags.join()}
                  tags={ticket.tags}
                  pending={update.isPending}
                  onSave={(tags) => save({ tags })}
                />
              ) : ticket.tags.length ? (
                <span className="flex flex-wrap gap-1">
                  {ticket.tags.map((tag) => (
                    <Badge key={tag} variant="secondary">
                      {tag}
                    </Badge>
                  ))}
                </span>
              ) : (
                none
              )}
            </Property>
          </dl>
          <Separator />
          <dl className="grid gap-4">
            <Property label={t("requester")}>
              <PersonLabel person={ticket.requester} />
            </Property>
            <Property label={t("organization")}>{ticket.organization?.name ?? none}</Property>
          </dl>
          <Separator />
          <dl className="grid gap-4">
            <Property label={t("created")}>
              <PropertyTime at={ticket.createdAt} />
            </Property>
            <Property label={t("firstResponse")}>
              <PropertyTime at={ticket.firstResponseAt} empty={t("notYet")} />
            </Property>
            <Property label={t("resolved")}>
              <PropertyTime at={ticket.resolvedAt} empty={t("notYet")} />
            </Property>
            {ticket.closedAt && (
              <Property label={t("closed")}>
                <PropertyTime at={ticket.closedAt} />
              </Property>
            )}
          </dl>
          <Separator />
          <dl className="grid gap-4">
            <Property label={t("firstResponseDue")}>
              <span className="flex flex-wrap items-center gap-2">
                <PropertyTime at={ticket.sla.responseDueAt} />
                <SlaBadge state={ticket.sla.response} />
              </span>
            </Property>
            <Property label={t("resolutionDue")}>
              <span className="flex flex-wrap items-center gap-2">
                <PropertyTime at={ticket.sla.resolutionDueAt} />
                <SlaBadge state={ticket.sla.resolution} />
              </span>
            </Property>
          </dl>
        </div>
      </CardContent>
    </Card>
  );
}
