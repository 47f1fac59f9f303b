"use client";

import { X } from "lucide-react";
import { ENTITY_LABELS } from "@/components/audit/audit-actions";
import { DebouncedSearch } from "@/components/data-table/debounced-search";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { ENTITY_TYPES, type AuditSearchParams, type SetAuditSearchParams } from "./audit-search-params";
import { UserCombobox, type UserSource } from "./user-combobox";

type AuditFiltersProps = {
  params: AuditSearchParams;
  setParams: SetAuditSearchParams;
  /** Where the actor picker finds users; null: the viewer may not look users up, so no picker. */
  userSource: UserSource | null;
  actorName: string | null;
  onActorName: (name: string | null) => void;
};

type FilterChange = Partial<Record<"actor" | "entity" | "action" | "from" | "to", string | null>>;

export const isFiltered = (params: AuditSearchParams) =>
  Boolean(params.actor || params.entity || params.action || params.from || params.to);

/** Actor, entity type, action and date range; each change starts again from the newest entry. */
export function AuditFilters({ params, setParams, userSource, actorName, onActorName }: AuditFiltersProps) {
  const set = (next: FilterChange) => void setParams({ ...next, after: null });
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(3,minmax(0,1fr))_auto_auto] lg:items-end">
      {userSource && (
        <div className="grid gap-1.5">
          <span className="text-xs font-medium text-muted-foreground" aria-hidden>
            Actor
          </span>
          <UserCombobox
            source={userSource}
            value={params.actor}
            valueLabel={actorName}
            label="Filter by actor"
            placeholder="Anyone"
            onChange={(user) => {
              onActorName(user?.fullName ?? null);
              set({ actor: user?.id ?? null });
            }}
          />
        </div>
      )}
      <div className="grid gap-1.5">
        <Label htmlFor="audit-entity" className="text-xs text-muted-foreground">
          Entity type
        </Label>
        <NativeSelect
          id="audit-entity"
          value={params.entity ?? ""}
          onChange={(event) => set({ entity: ENTITY_TYPES.includes(event.target.value) ? event.target.value : null })}
        >
          <option value="">Any entity</option>
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {ENTITY_LABELS[type]}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label className="text-xs text-muted-foreground" asChild>
          <span>Action</span>
        </Label>
        <DebouncedSearch
          label="Filter by action"
          placeholder="e.g. ticket.update"
          value={params.action}
          onSearch={(action) => set({ action: action || null })}
        />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:col-span-2 lg:col-span-1">
        <div className="grid gap-1.5">
          <Label htmlFor="audit-from" className="text-xs text-muted-foreground">
            From
          </Label>
          <Input
            id="audit-from"
            type="date"
            value={params.from ?? ""}
            max={params.to ?? undefined}
            onChange={(event) => set({ from: event.target.value || null })}
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-to" className="text-xs text-muted-foreground">
            To
          </Label>
          <Input
            id="audit-to"
            type="date"
            value={params.to ?? ""}
            min={params.from ?? undefined}
            onChange={(event) => set({ to: event.target.value || null })}
          />
        </div>
      </div>
      {isFiltered(params) && (
        <Button type="button" variant="ghost" className="justify-self-start" onClick={() => void setParams(null)}>
          <X aria-hidden />
          Clear filters
        </Button>
      )}
    </div>
  );
}
