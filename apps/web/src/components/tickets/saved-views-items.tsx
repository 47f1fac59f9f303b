"use client";

import { Pencil, RefreshCw, Share2, Trash2, UserRoundX } from "lucide-react";
import { useTranslations } from "next-intl";
import { DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { SavedViewsState } from "./saved-views";
import type { SavedView } from "./ticket-types";

/** The items of the "…" menu of a view of one's own (saved-views.tsx): rename, update, share, delete. */
export default function SavedViewMenu({ state, view }: { state: SavedViewsState; view: SavedView }) {
  const t = useTranslations("tickets.views");
  const isActive = state.active?.id === view.id;
  return (
    <DropdownMenuContent align="end" className="w-60">
      <DropdownMenuItem onSelect={() => state.setDialog({ kind: "rename", view })}>
        <Pencil aria-hidden />
        {t("rename")}
      </DropdownMenuItem>
      <DropdownMenuItem
        disabled={isActive && !state.modified}
        onSelect={() => void state.change(view, { filters: state.current }, t("updatedDone", { name: view.name }))}
      >
        <RefreshCw aria-hidden />
        {t("update")}
      </DropdownMenuItem>
      {view.shared ? (
        <DropdownMenuItem
          onSelect={() => void state.change(view, { shared: false }, t("unsharedDone", { name: view.name }))}
        >
          <UserRoundX aria-hidden />
          {t("stopSharing")}
        </DropdownMenuItem>
      ) : (
        state.viewer.shareViews && (
          <DropdownMenuItem
            onSelect={() => void state.change(view, { shared: true }, t("sharedDone", { name: view.name }))}
          >
            <Share2 aria-hidden />
            {t("share")}
          </DropdownMenuItem>
        )
      )}
      <DropdownMenuSeparator />
      <DropdownMenuItem variant="destructive" onSelect={() => state.setDialog({ kind: "delete", view })}>
        <Trash2 aria-hidden />
        {t("delete")}
      </DropdownMenuItem>
    </DropdownMenuContent>
  );
}
