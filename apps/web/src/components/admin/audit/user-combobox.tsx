"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { Check, Loader2, UserRound, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import { api } from "@/trpc/react";

/** Where the options come from: every user (`users.list`, users.manage) or staff only (`users.staff`, users.read). */
export type UserSource = "all" | "staff";

type UserOption = { id: string; fullName: string; username: string | null };

type UserComboboxProps = {
  source: UserSource;
  /** The chosen user's id, and their name when known. */
  value: string | null;
  valueLabel: string | null;
  onChange: (user: { id: string; fullName: string } | null) => void;
  label: string;
  /** The name of the button that clears the choice ("Clear filter by actor"). */
  clearLabel: string;
  placeholder: string;
  className?: string;
};

function useUserOptions(source: UserSource, search: string, enabled: boolean) {
  const input = { search: search || undefined, limit: 8 };
  const options = { enabled, placeholderData: keepPreviousData, staleTime: 30_000 };
  const all = api.users.list.useQuery(
    { ...input, sort: "fullName", direction: "asc" },
    { ...options, enabled: enabled && source === "all" },
  );
  const staff = api.users.staff.useQuery(input, { ...options, enabled: enabled && source === "staff" });
  const query = source === "all" ? all : staff;
  return { items: (query.data?.items ?? []) as UserOption[], loading: query.isFetching, error: query.error };
}

/**
 * A searchable user picker (WAI-ARIA combobox with a list box): type to search by name, email or
 * username, arrows to move, Enter to choose, Escape to close.
 */
export function UserCombobox({
  source,
  value,
  valueLabel,
  onChange,
  label,
  clearLabel,
  placeholder,
  className,
}: UserComboboxProps) {
  const t = useTranslations("audit.log.filters");
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [search, setSearch] = useState("");
  const [active, setActive] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const { items, loading, error } = useUserOptions(source, search, open);

  const choose = (user: UserOption | null) => {
    onChange(user && { id: user.id, fullName: user.fullName });
    setOpen(false);
    setText("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (items.length ? (current + step + items.length) % items.length : 0));
    } else if (event.key === "Enter" && open) {
      event.preventDefault();
      const user = items[active];
      if (user) choose(user);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const activeOption = open ? items[active] : undefined;
  return (
    <div className={cn("relative", className)}>
      <UserRound
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
        aria-hidden
      />
      <Input
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${id}-${activeOption.id}` : undefined}
        autoComplete="off"
        placeholder={value ? (valueLabel ?? t("chosenUser")) : placeholder}
        className={cn("pr-9 pl-9", value && "placeholder:text-foreground")}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {value && (
        <Button
          type="button"
          variant="ghost"
          size="icon"
          className="absolute top-1/2 right-1 size-7 -translate-y-1/2"
          aria-label={clearLabel}
          onClick={() => choose(null)}
        >
          <X aria-hidden />
        </Button>
      )}
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute inset-x-0 top-full z-30 mt-1 max-h-72 overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md"
          // Keep the focus in the input while an option is clicked.
          onMouseDown={(event) => event.preventDefault()}
        >
          {items.map((user, index) => (
            <li
              key={user.id}
              id={`${id}-${user.id}`}
              role="option"
              aria-selected={user.id === value}
              className={cn(
                "flex cursor-pointer items-center justify-between gap-2 rounded-sm px-2 py-1.5 text-sm",
                index === active && "bg-accent text-accent-foreground",
              )}
              onMouseEnter={() => setActive(index)}
              onClick={() => choose(user)}
            >
              <span className="min-w-0 truncate">
                {user.fullName}
                {user.username && <span className="ml-2 text-xs text-muted-foreground">@{user.username}</span>}
              </span>
              {user.id === value && <Check className="size-4 shrink-0" aria-hidden />}
            </li>
          ))}
          {items.length === 0 && (
            <li role="presentation" className="flex items-center gap-2 px-2 py-1.5 text-sm text-muted-foreground">
              {loading ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
              {error ? t("usersError") : loading ? t("searching") : t("noUser")}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
