"use client";

import { ChevronLeft, ChevronRight, ChevronsLeft } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { PAGE_SIZES, type PageSize } from "./search-params";

type KeysetPaginationProps = {
  /** 1-based number of the page shown. */
  page: number;
  rowsOnPage: number;
  hasNext: boolean;
  pageSize: PageSize;
  disabled?: boolean;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onPageSizeChange: (size: PageSize) => void;
  /**
   * "user", "organization"… in the page's language (an "s" is added for more than one, unless
   * `pluralNoun` says otherwise: pass it for words like "organización" → "organizaciones").
   */
  noun: string;
  pluralNoun?: string;
};

/**
 * Previous / next for keyset (cursor) pagination: the API knows whether there is a next page but not
 * how many pages there are, so the footer shows the page number and the rows on it.
 */
export function KeysetPagination({
  page,
  rowsOnPage,
  hasNext,
  pageSize,
  disabled = false,
  onFirst,
  onPrevious,
  onNext,
  onPageSizeChange,
  noun,
  pluralNoun = `${noun}s`,
}: KeysetPaginationProps) {
  const t = useTranslations("common.pagination");
  const sizeId = useId();
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 text-sm">
      <p className="text-muted-foreground" aria-live="polite" data-testid="page-status">
        {t("status", { page, count: rowsOnPage, noun: rowsOnPage === 1 ? noun : pluralNoun })}
      </p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <div className="flex items-center gap-2">
          <label htmlFor={sizeId} className="whitespace-nowrap text-muted-foreground">
            {t("rowsPerPage")}
          </label>
          <NativeSelect
            id={sizeId}
            className="h-8 w-20"
            value={pageSize}
            onChange={(event) => onPageSizeChange(Number(event.target.value) as PageSize)}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex items-center gap-1">
          <Button
            type="button"
            variant="outline"
            size="icon"
            className="size-8"
            aria-label={t("first")}
            disabled={disabled || page === 1}
            onClick={onFirst}
          >
            <ChevronsLeft aria-hidden />
          </Button>
          <Button type="button" variant="outline" size="sm" disabled={disabled || page === 1} onClick={onPrevious}>
            <ChevronLeft aria-hidden />
            {t("previous")}
          </Button>
          <Button type="button" variant="outline" size="sm" disabled={disabled || !hasNext} onClick={onNext}>
            {t("next")}
            <ChevronRight aria-hidden />
          </Button>
        </div>
      </div>
    </nav>
  );
}
