"use client";

import { BookmarkPlus, Inbox, Info, Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy, useState, type ReactNode } from "react";
import { RowActionsButton } from "@/components/data-table/row-actions-button";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Deferred } from "@/components/ui/deferred";
import { DeferredDropdownMenu } from "@/components/ui/deferred-dropdown-menu";
import { NativeSelect } from "@/components/ui/native-select";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { cn } from "@/lib/utils";
import { api } from "@/trpc/react";
import type { SavedView, TicketsViewer } from "./ticket-types";
import {
  FILTER_RESET,
  filtersBeyondThePage,
  hasTicketFilters,
  paramsOfView,
  sameFilters,
  ticketFiltersOf,
  useTicketsSearchParams,
} from "./tickets-search-params";
import type { ViewFormValues } from "./view-name-dialog";

const loadItems = () => import("./saved-views-items");
const SavedViewMenu = lazy(loadItems);
// The name form loads when first opened (ui/deferred.tsx), with react-hook-form and its schema.
const loadViewNameDialog = () => import("./view-name-dialog");
const ViewNameDialog = lazy(() => loadViewNameDialog().then((m) => ({ default: m.ViewNameDialog })));

/** The views list, which one is open, and what can be done with them: shared by the sidebar and the phone bar. */
export function useSavedViews(viewer: TicketsViewer) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("tickets.views");
  const [params, setParams] = useTicketsSearchParams();
  const utils = api.useUtils();
  const views = api.views.list.useQuery();
  const create = api.views.create.useMutation();
  const update = api.views.update.useMutation();
  const remove = api.views.delete.useMutation();
  const [dialog, setDialog] = useState<
    { kind: "save" } | { kind: "rename"; view: SavedView } | { kind: "delete"; view: SavedView } | null
  >(null);

  const items = views.data?.items ?? [];
  const current = ticketFiltersOf(params);
  const active = items.find((view) => view.id === params.view) ?? null;
  const modified = active !== null && !sameFilters(current, active.filters);
  const showingAll = !active && !hasTicketFilters(params);
  const refresh = () => utils.views.list.invalidate();

  const open = (view: SavedView) => void setParams(paramsOfView(view));

  return {
    viewer,
    views,
    mine: items.filter((view) => view.mine),
    shared: items.filter((view) => !view.mine),
    active,
    modified,
    showingAll,
    dialog,
    setDialog,
    open,
    showAll: () => void setParams({ ...FILTER_RESET, sort: null, dir: null }),
    async save(values: ViewFormValues) {
      const view = await create.mutateAsync({ name: values.name, filters: current, shared: values.shared });
      await refresh();
      void setParams({ view: view.id });
      toast.success(view.shared ? t("savedShared", { name: view.name }) : t("saved", { name: view.name }));
    },
    async rename(view: SavedView, values: ViewFormValues) {
      const saved = await update.mutateAsync({ id: view.id, name: values.name });
      await refresh();
      toast.success(t("renamed", { name: saved.name }));
    },
    async change(view: SavedView, change: { filters?: typeof current; shared?: boolean }, done: string) {
      try {
        await update.mutateAsync({ id: view.id, ...change });
        await refresh();
        toast.success(done);
      } catch (error) {
        toast.error(describeApiError(error));
      }
    },
    current,
    deleting: remove.isPending,
    async deleteView(view: SavedView) {
      try {
        await remove.mutateAsync({ id: view.id });
        await refresh();
        if (params.view === view.id) void setParams({ view: null });
        toast.success(t("deleted", { name: view.name }));
        setDialog(null);
      } catch (error) {
        toast.error(describeApiError(error));
      }
    },
  };
}

export type SavedViewsState = ReturnType<typeof useSavedViews>;

/** Desktop: the views as a column beside the table. */
export function SavedViewsSidebar({ state, className }: { state: SavedViewsState; className?: string }) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("tickets.views");
  const { views, mine, shared, active, viewer } = state;
  return (
    <nav aria-label={t("nav")} className={cn("content-start gap-5", className)}>
      <ViewEntry
        label={t("allTickets")}
        icon={<Inbox aria-hidden />}
        current={state.showingAll}
        onOpen={state.showAll}
      />
      <ViewGroup title={t("myViews")}>
        {views.isPending ? (
          <ViewsSkeleton />
        ) : views.error ? (
          <p className="px-2 text-xs text-destructive">{t("loadError", { error: describeApiError(views.error) })}</p>
        ) : mine.length === 0 ? (
          <p className="px-2 text-xs text-muted-foreground">{t("noneYet")}</p>
        ) : (
          mine.map((view) => (
            <ViewEntry
              key={view.id}
              label={view.name}
              current={active?.id === view.id}
              modified={active?.id === view.id && state.modified}
              icon={view.shared ? <Users aria-label={t("sharedWithStaff")} /> : undefined}
              onOpen={() => state.open(view)}
              menu={<OwnViewMenu state={state} view={view} />}
            />
          ))
        )}
      </ViewGroup>
      {viewer.seesAll && (
        <ViewGroup title={t("sharedViews")}>
          {views.isPending ? (
            <ViewsSkeleton />
          ) : shared.length === 0 ? (
            <p className="px-2 text-xs text-muted-foreground">{t("noneShared")}</p>
          ) : (
            shared.map((view) => (
              <ViewEntry
                key={view.id}
                label={view.name}
                detail={view.owner.fullName}
                current={active?.id === view.id}
                modified={active?.id === view.id && state.modified}
                onOpen={() => state.open(view)}
              />
            ))
          )}
        </ViewGroup>
      )}
      <Button type="button" variant="outline" size="sm" onClick={() => state.setDialog({ kind: "save" })}>
        <BookmarkPlus aria-hidden />
        {t("saveView")}
      </Button>
    </nav>
  );
}

/** Phone and narrow screens: the views in a select above the table, with the same actions. */
export function SavedViewsBar({ state, className }: { state: SavedViewsState; className?: string }) {
  const t = useTranslations("tickets.views");
  const { mine, shared, active } = state;
  const value = active ? active.id : state.showingAll ? "all" : "custom";
  return (
    <div className={cn("flex items-center gap-2", className)}>
      <div className="min-w-0 flex-1">
        <NativeSelect
          aria-label={t("select")}
          value={value}
          disabled={state.views.isPending}
          onChange={(event) => {
            const chosen = event.target.value;
            if (chosen === "all") return state.showAll();
            const view = [...mine, ...shared].find((item) => item.id === chosen);
            if (view) state.open(view);
          }}
        >
          <option value="all">{t("allTickets")}</option>
          {value === "custom" && (
            <option value="custom" disabled>
              {t("customFilters")}
            </option>
          )}
          {mine.length > 0 && (
            <optgroup label={t("myViews")}>
              {mine.map((view) => (
                <option key={view.id} value={view.id}>
                  {active?.id === view.id && state.modified ? t("optionModified", { name: view.name }) : view.name}
                </option>
              ))}
            </optgroup>
          )}
          {shared.length > 0 && (
            <optgroup label={t("sharedViews")}>
              {shared.map((view) => (
                <option key={view.id} value={view.id}>
                  {t(active?.id === view.id && state.modified ? "optionSharedModified" : "optionShared", {
                    name: view.name,
                    owner: view.owner.fullName,
                  })}
                </option>
              ))}
            </optgroup>
          )}
        </NativeSelect>
      </div>
      {active?.mine && <OwnViewMenu state={state} view={active} />}
      <Button type="button" variant="outline" onClick={() => state.setDialog({ kind: "save" })}>
        <BookmarkPlus aria-hidden />
        {t("saveView")}
      </Button>
    </div>
  );
}

/** The dialogs both layouts open: save, rename, delete. */
export function SavedViewDialogs({ state }: { state: SavedViewsState }) {
  const t = useTranslations("tickets.views");
  const { dialog, setDialog } = state;
  const close = (open: boolean) => !open && setDialog(null);
  return (
    <>
      <Deferred when={dialog?.kind === "save"} preload={loadViewNameDialog}>
        <ViewNameDialog
          mode="save"
          open={dialog?.kind === "save"}
          onOpenChange={close}
          mayShare={state.viewer.shareViews}
          onSubmit={state.save}
        />
      </Deferred>
      <Deferred when={dialog?.kind === "rename"} preload={loadViewNameDialog}>
        <ViewNameDialog
          mode="rename"
          open={dialog?.kind === "rename"}
          onOpenChange={close}
          defaultName={dialog?.kind === "rename" ? dialog.view.name : ""}
          mayShare={false}
          onSubmit={(values) => (dialog?.kind === "rename" ? state.rename(dialog.view, values) : Promise.resolve())}
        />
      </Deferred>
      <ConfirmDialog
        open={dialog?.kind === "delete"}
        onOpenChange={close}
        title={dialog?.kind === "delete" ? t("deleteTitle", { name: dialog.view.name }) : t("deleteTitleGeneric")}
        description={dialog?.kind === "delete" && dialog.view.shared ? t("deleteShared") : t("deleteDescription")}
        confirmLabel={t("deleteConfirm")}
        pending={state.deleting}
        onConfirm={() => dialog?.kind === "delete" && void state.deleteView(dialog.view)}
      />
    </>
  );
}

/** The "…" menu of a view of one's own; its items load on demand (saved-views-items.tsx). */
function OwnViewMenu({ state, view }: { state: SavedViewsState; view: SavedView }) {
  return (
    <DeferredDropdownMenu preload={loadItems} trigger={<RowActionsButton name={view.name} className="shrink-0" />}>
      <SavedViewMenu state={state} view={view} />
    </DeferredDropdownMenu>
  );
}

function ViewGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="grid gap-1">
      <h2 className="px-2 text-xs font-medium tracking-wide text-muted-foreground uppercase">{title}</h2>
      {children}
    </div>
  );
}

function ViewEntry({
  label,
  detail,
  icon,
  current,
  modified = false,
  onOpen,
  menu,
}: {
  label: string;
  detail?: string;
  icon?: ReactNode;
  current: boolean;
  modified?: boolean;
  onOpen: () => void;
  menu?: ReactNode;
}) {
  const t = useTranslations("tickets.views");
  return (
    <div
      className={cn(
        "group flex items-center gap-1 rounded-md pr-1 transition-colors hover:bg-accent",
        current && "bg-accent text-accent-foreground",
      )}
    >
      <button
        type="button"
        onClick={onOpen}
        aria-current={current ? "true" : undefined}
        className={cn(
          "flex min-w-0 flex-1 items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm",
          "focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
          "[&_svg]:size-4 [&_svg]:shrink-0 [&_svg]:text-muted-foreground",
          current ? "font-medium" : "text-foreground/80",
        )}
      >
        <span className="grid min-w-0 flex-1">
          <span className="truncate">{label}</span>
          {detail && <span className="truncate text-xs font-normal text-muted-foreground">{detail}</span>}
        </span>
        {modified && (
          <span className="rounded bg-primary/10 px-1.5 text-[0.6875rem] font-medium text-primary">
            {t("modified")}
          </span>
        )}
        {icon}
      </button>
      {menu}
    </div>
  );
}

function ViewsSkeleton() {
  const t = useTranslations("tickets.views");
  return (
    <div className="grid gap-2 px-2 py-1" aria-busy="true">
      <span className="sr-only">{t("loading")}</span>
      <Skeleton className="h-4 w-32" />
      <Skeleton className="h-4 w-24" />
    </div>
  );
}

/** Why a view's filters differ from the controls: shown where the page cannot show them all. */
export function ViewFiltersNote({ state }: { state: SavedViewsState }) {
  const t = useTranslations("tickets.views");
  const beyond = state.active ? filtersBeyondThePage(state.active.filters) : [];
  if (!beyond.length) return null;
  return (
    <p className="flex items-center gap-2 text-xs text-muted-foreground">
      <Info className="size-4" aria-hidden />
      {t("beyond", { filters: beyond.map((key) => t(`beyondFilters.${key}`)).join(", ") })}
    </p>
  );
}
