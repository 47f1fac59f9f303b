import { useTranslations } from "next-intl";
import type { DirectoryOption } from "./use-directory-options";

/**
 * The `<option>`s of an organization or location picker. Inactive entries are offered only when
 * already chosen (`keep`), so an existing assignment still shows.
 */
export function DirectoryOptions({
  options,
  keep,
  includeInactive = false,
}: {
  options: DirectoryOption[];
  keep?: string | null;
  includeInactive?: boolean;
}) {
  const t = useTranslations("audit.directory");
  return options
    .filter((option) => includeInactive || option.active || option.id === keep)
    .map((option) => (
      <option key={option.id} value={option.id}>
        {option.active ? option.name : t("inactiveOption", { name: option.name })}
      </option>
    ));
}
