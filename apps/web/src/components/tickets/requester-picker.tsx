"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type Ref } from "react";
import { DebouncedSearch } from "@/components/data-table/debounced-search";
import type { FormFieldControlProps } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { api } from "@/trpc/react";
import type { Person } from "./ticket-types";

type RequesterPickerProps = {
  control: FormFieldControlProps;
  selectRef?: Ref<HTMLSelectElement>;
  /** A requester's id, or "" for oneself. */
  value: string;
  onChange: (id: string) => void;
  disabled?: boolean;
};

/**
 * Staff open a ticket for someone: a search over requesters narrows the list (the picker lists at
 * most 50 at a time), and whoever was chosen stays chosen while the search changes.
 */
export function RequesterPicker({ control, selectRef, value, onChange, disabled }: RequesterPickerProps) {
  const t = useTranslations("tickets.requesterPicker");
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<Person | null>(null);
  const requesters = api.users.requesters.useQuery(
    { limit: 50, search: search || undefined },
    { placeholderData: keepPreviousData, staleTime: 60_000 },
  );
  const people = requesters.data?.items ?? [];
  const keepChosen = chosen && chosen.id === value && !people.some((person) => person.id === value);

  return (
    <div className="grid gap-2 sm:grid-cols-2">
      <DebouncedSearch label={t("search")} placeholder={t("searchPlaceholder")} value={search} onSearch={setSearch} />
      <NativeSelect
        {...control}
        ref={selectRef}
        value={value}
        disabled={disabled}
        aria-busy={requesters.isFetching}
        onChange={(event) => {
          const id = event.target.value;
          setChosen(people.find((person) => person.id === id) ?? null);
          onChange(id);
        }}
      >
        <option value="">{t("myself")}</option>
        {keepChosen && <option value={chosen.id}>{chosen.fullName}</option>}
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.fullName}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
