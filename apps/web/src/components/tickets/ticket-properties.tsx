"use client";

import type { RouterInputs } from "@soporte/api";
import { UserRoundCheck } from "lucide-react";
import { useLocationOptions } from "@/components/admin/use-directory-options";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Separator } from "@/components/ui/separator";
import { toast } from "@/components/ui/sonner";
import { describeApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { PersonLabel } from "./person-label";
import { CatalogBadge, SlaBadge } from "./ticket-badges";
import { Property, PropertySelect, PropertyTime, TagsEditor, type Option } from "./ticket-property-controls";
import type { TicketDetailData, TicketsViewer } from "./ticket-types";
import { activeItems, problemTypesFor, useCatalogs, useStaffOptions } from "./use-ticket-options";
import { useRefreshTicket } from "./use-refresh-ticket";

type TicketUpdate = Omit<RouterInputs["tickets"]["update"], "id">;

const options = (items: { id: string; name: string }[]): Option[] =>
  items.map((item) => ({ value: item.id, label: item.name }));
const none = <span className="text-muted-foreground">—</span>;

/** The ticket's properties; each one the viewer may change is a control that saves on its own. */
export function TicketProperties({ ticket, viewer }: { ticket: TicketDetailData; viewer: TicketsViewer }) {
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
  const setStatus = api.tickets.setStatus.useMutation(handlers("Status changed."));
  const assign = api.tickets.assign.useMutation(handlers("Assignee changed."));
  const update = api.tickets.update.useMutation(handlers("Saved."));
  const save = (change: TicketUpdate) => update.mutate({ id: ticket.id, ...change });
  const orNull = (value: string) => value || null;

  const assignees =
    staff.people.some((person) => person.id === ticket.assignee?.id) || !ticket.assignee
      ? staff.people
      : [ticket.assignee, ...staff.people];

  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle asHeading="h2">Properties</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-4" data-testid="ticket-properties">
          <Property label="Status">
            {can.setStatus ? (
              <PropertySelect
                label="Status"
                value={ticket.status.id}
                pending={setStatus.isPending}
                options={options(activeItems(catalogs.data?.statuses, ticket.status.id))}
                onChange={(statusId) => setStatus.mutate({ id: ticket.id, statusId })}
              />
            ) : (
              <CatalogBadge name={ticket.status.name} color={ticket.status.color} />
            )}
          </Property>
          <Property label="Assignee">
            {can.assign && viewer.looksUpPeople ? (
              <PropertySelect
                label="Assignee"
                value={ticket.assignee?.id ?? ""}
                emptyLabel="Unassigned"
                pending={assign.isPending}
                options={assignees.map((person) => ({ value: person.id, label: person.fullName }))}
                onChange={(value) => assign.mutate({ id: ticket.id, assigneeId: orNull(value) })}
              />
            ) : (
              <PersonLabel person={ticket.assignee} empty="Unassigned" />
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
                Assign to me
              </Button>
            )}
          </Property>
          <Property label="Priority">
            {can.update ? (
              <PropertySelect
                label="Priority"
                value={ticket.priority.id}
                pending={update.isPending}
                options={options(activeItems(catalogs.data?.priorities, ticket.priority.id))}
                onChange={(priorityId) => save({ priorityId })}
              />
            ) : (
              <CatalogBadge name={ticket.priority.name} color={ticket.priority.color} />
            )}
          </Property>
          <Property label="Criticality">
            {can.update ? (
              <PropertySelect
                label="Criticality"
                value={ticket.criticality?.id ?? ""}
                emptyLabel="Not set"
                pending={update.isPending}
                options={options(activeItems(catalogs.data?.criticalities, ticket.criticality?.id))}
                onChange={(value) => save({ criticalityId: orNull(value) })}
              />
            ) : ticket.criticality ? (
              <CatalogBadge name={ticket.criticality.name} color={ticket.criticality.color} />
            ) : (
              none
            )}
          </Property>
          <Property label="Category">
            {can.update ? (
              <PropertySelect
                label="Category"
                value={ticket.category?.id ?? ""}
                emptyLabel="Not set"
                pending={update.isPending}
                options={options(activeItems(catalogs.data?.categories, ticket.category?.id))}
                onChange={(value) => save({ categoryId: orNull(value) })}
              />
            ) : (
              (ticket.category?.name ?? none)
            )}
          </Property>
          <Property label="Problem type">
            {can.update ? (
              <PropertySelect
                label="Problem type"
                value={ticket.problemType?.id ?? ""}
                emptyLabel="Not set"
                pending={update.isPending}
                options={options(problemTypesFor(catalogs.data, ticket.category?.id ?? null, ticket.problemType?.id))}
                onChange={(value) => save({ problemTypeId: orNull(value) })}
              />
            ) : (
              (ticket.problemType?.name ?? none)
            )}
          </Property>
          <Property label="Location">
            {can.update ? (
              <PropertySelect
                label="Location"
                value={ticket.location?.id ?? ""}
                emptyLabel="Not set"
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
          <Property label="Tags">
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
          <Separator />
          <Property label="Requester">
            <PersonLabel person={ticket.requester} />
          </Property>
          <Property label="Organization">{ticket.organization?.name ?? none}</Property>
          <Separator />
          <Property label="Created">
            <PropertyTime at={ticket.createdAt} />
          </Property>
          <Property label="First response">
            <PropertyTime at={ticket.firstResponseAt} empty="Not yet" />
          </Property>
          <Property label="Resolved">
            <PropertyTime at={ticket.resolvedAt} empty="Not yet" />
          </Property>
          {ticket.closedAt && (
            <Property label="Closed">
              <PropertyTime at={ticket.closedAt} />
            </Property>
          )}
          <Separator />
          <Property label="First response due">
            <span className="flex flex-wrap items-center gap-2">
              <PropertyTime at={ticket.sla.responseDueAt} />
              <SlaBadge state={ticket.sla.response} />
            </span>
          </Property>
          <Property label="Resolution due">
            <span className="flex flex-wrap items-center gap-2">
              <PropertyTime at={ticket.sla.resolutionDueAt} />
              <SlaBadge state={ticket.sla.resolution} />
            </span>
          </Property>
        </dl>
      </CardContent>
    </Card>
  );
}
