import type { directoryListSchema } from "@soporte/api/schemas";
import type { keepPreviousData } from "@tanstack/react-query";
import type { LucideIcon } from "lucide-react";
import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { z } from "zod";
import type { Messages } from "../../../../messages/en";
import type { api } from "@/trpc/react";
import type { DirectoryRow } from "./directory-row";

/** What the form edits: the name and the kind's one extra text field (domain, description). */
export type DirectoryFormValues = { name: string } & Partial<Record<string, string>>;

/** A directory entry whose extra field `F` is a nullable text column. */
export type DirectoryEntry<F extends string> = DirectoryRow & { [K in F]: string | null };

type Handlers<TData> = {
  onSuccess?: (data: TData) => unknown;
  onError?: (error: unknown) => unknown;
  onSettled?: () => unknown;
};

/**
 * The part of a directory router's tRPC hooks (`api.organizations`, `api.locations`) the admin
 * uses. Both routers come from one factory, so each is assignable to this as it is.
 */
export type DirectoryProcedures<T extends DirectoryRow> = {
  list: {
    useQuery(
      input: z.input<typeof directoryListSchema>,
      options: { placeholderData: typeof keepPreviousData },
    ): {
      data?: { items: T[]; nextCursor: string | null };
      error: unknown;
      isPending: boolean;
      isPlaceholderData: boolean;
      isFetching: boolean;
    };
  };
  create: { useMutation(): { mutateAsync(input: DirectoryFormValues): Promise<T> } };
  update: {
    useMutation(options?: Handlers<T>): {
      mutate(input: { id: string; active: boolean }): void;
      mutateAsync(input: DirectoryFormValues & { id: string }): Promise<T>;
    };
  };
  delete: {
    useMutation(options: Handlers<{ deleted: boolean; deactivated: boolean }>): {
      mutate(input: { id: string }): void;
      isPending: boolean;
    };
  };
};

/** A key of the `audit` catalogue. */
export type AuditKey = MessageKeys<Messages["audit"], NestedKeyOf<Messages["audit"]>>;

/** The directories: each has its texts in `audit.<kind>` (title, "New …", the search box…), the same keys. */
export type DirectoryKind = "organizations" | "locations";

/** One kind of directory entry (organizations, locations): its hooks, texts and extra field. */
export type DirectoryConfig<F extends string, T extends DirectoryEntry<F>> = {
  procedures: DirectoryProcedures<T>;
  invalidate: (utils: ReturnType<typeof api.useUtils>) => Promise<void>;
  /** Loads the create schema from `@soporte/api/schemas`, which the form validates with (`useZodResolver`). */
  loadSchema: () => Promise<z.ZodType<DirectoryFormValues, DirectoryFormValues>>;
  kind: DirectoryKind;
  /** "organization": the start of the form fields' ids. */
  entity: string;
  icon: LucideIcon;
  /** The extra field, in the form and as the table's second column (its texts: keys of `audit`). */
  field: {
    name: F;
    label: AuditKey;
    description?: AuditKey;
    placeholder?: AuditKey;
    /** A textarea of this many characters at the most, instead of a one-line input. */
    multiline?: { maxLength: number };
    /** Classes of the table column. */
    className?: string;
  };
};
