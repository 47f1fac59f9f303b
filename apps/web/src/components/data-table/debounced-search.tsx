"use client";

import { Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

type DebouncedSearchProps = {
  /** The applied search (from the URL). */
  value: string;
  /** Called `delay` ms after the last keystroke (at once on Enter or clear). */
  onSearch: (value: string) => void;
  /** Called on Enter; when it returns true it has handled the text (e.g. navigated), which is not searched. */
  onSubmit?: (value: string) => boolean;
  label: string;
  placeholder?: string;
  delay?: number;
  className?: string;
};

/** A search box that applies what is typed once typing pauses, so each keystroke is not a request. */
export function DebouncedSearch({
  value,
  onSearch,
  onSubmit,
  label,
  placeholder,
  delay = 300,
  className,
}: DebouncedSearchProps) {
  const t = useTranslations("common.table");
  const [text, setText] = useState(value);
  const applied = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The URL changed from elsewhere (a "reset filters" button, back/forward): show it.
  useEffect(() => {
    if (value !== applied.current) {
      applied.current = value;
      clearTimeout(timer.current);
      setText(value);
    }
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const apply = (next: string) => {
    clearTimeout(timer.current);
    const trimmed = next.trim();
    if (trimmed === applied.current) return;
    applied.current = trimmed;
    onSearch(trimmed);
  };

  return (
    <div className={cn("relative", className)}>
      <Search
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
        aria-hidden
      />
      <Input
        type="search"
        aria-label={label}
        placeholder={placeholder ?? label}
        maxLength={100}
        className="pr-9 pl-9 [&::-webkit-search-cancel-button]:hidden"
        value={text}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => apply(next), delay);
        }}
        onKeyDown={(event) => {
          if (event.key !== "Enter") return;
          if (onSubmit?.(text.trim())) clearTimeout(timer.current);
          else apply(text);
        }}
      />
      {text && (
        <Button
          type="button"
          variant="ghost"
          size="icon"
          className="absolute top-1/2 right-1 size-7 -translate-y-1/2"
          aria-label={t("clearSearch")}
          onClick={() => {
            setText("");
            apply("");
          }}
        >
          <X aria-hidden />
        </Button>
      )}
    </div>
  );
}
