"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { ENTITY_TYPES, isEntityType, useAuditLabels, type EntityType } from "@/components/audit/audit-actions";
import { DebouncedSearch } from "@/components/data-table/debounced-search";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { AuditSearchParams, SetAuditSearchParams } from "./audit-search-params";
import { UserCombobox, type UserSource } from "./user-combobox";

type AuditFiltersProps = {
  params: AuditSearchParams;
  setParams: SetAuditSearchParams;
  /** Where the actor picker finds users; null: the viewer may not look users up, so no picker. */
  userSource: UserSource | null;
  actorName: string | null;
  onActorName: (name: string | null) => void;
};

type FilterChange = Partial<Record<"actor" | "action" | "from" | "to", string | null> & { entity: EntityType | null }>;

export const isFiltered = (params: AuditSearchParams) =>
  Boolean(params.actor || params.entity || params.action || params.from || params.to);

/** Actor, entity type, action and date range; each change starts again from the newest entry. */
export function AuditFilters({ params, setParams, userSource, actorName, onActorName }: AuditFiltersProps) {
  const t = useTranslations("audit.log.filters");
  const labels = useAuditLabels();
  const set = (next: FilterChange) => void setParams({ ...next, after: null });
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(3,minmax(0,1fr))_auto_auto] lg:items-end">
      {userSource && (
        <div className="grid gap-1.5">
          <span className="text-xs font-medium text-muted-foreground" aria-hidden>
            {t("actor")}
          </span>
          <UserCombobox
            source={userSource}
            value={params.actor}
            valueLabel={actorName}
            label={t("actorFilter")}
            clearLabel={t("clearActor")}
            placeholder={t("anyone")}
            onChange={(user) => {
              onActorName(user?.fullName ?? null);
              set({ actor: user?.id ?? null });
            }}
          />
        </div>
      )}
      <div className="grid gap-1.5">
        <Label htmlFor="audit-entity" className="text-xs text-muted-foreground">
          {t("entity")}
        </Label>
        <NativeSelect
          id="audit-entity"
          value={params.entity ?? ""}
          onChange={(event) => set({ entity: isEntityType(event.target.value) ? event.target.value : null })}
        >
          <option value="">{t("anyEntity")}</option>
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {labels.entity(type)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label className="text-xs text-muted-foreground" asChild>
          <span>{t("action")}</span>
        </Label>
        <DebouncedSearch
          label={t("actionFilter")}
          placeholder={t("actionPlaceholder")}
          value={params.action}
          onSearch={(action) => set({ action: action || null })}
        />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:col-span-2 lg:col-span-1">
        <div className="grid gap-1.5">
          <Label htmlFor="audit-from" className="text-xs text-muted-foreground">
            {t("from")}
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
            {t("to")}
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
          {t("clear")}
        </Button>
      )}
    </div>
  );
}
