/** Lower case, without accents: "Facturación" → "facturacion". */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/**
 * The word starts a search finds, roughly as the server's stemming does: a typed word matches the
 * words that share its stem ("impresoras" marks "impresora", "printers" marks "printer"). Excluded
 * words (-word) and the `or` operator mark nothing.
 */
export function searchStems(query: string): string[] {
  return query
    .split(/\s+/)
    .filter((word) => word && !word.startsWith("-") && word.toLowerCase() !== "or")
    .map((word) => fold(word.replace(/[^\p{L}\p{N}]/gu, "")))
    .filter((word) => word.length >= 2)
    .map((word) => (word.length > 4 ? word.slice(0, Math.max(4, word.length - 2)) : word));
}

const WORD = /([\p{L}\p{N}]+)/u;

/** `text` with the words a search matched marked, for a list of results. */
export function Highlight({ text, query }: { text: string; query: string | null | undefined }) {
  const stems = query ? searchStems(query) : [];
  if (stems.length === 0) return text;
  return text.split(WORD).map((part, index) => {
    const word = fold(part);
    const hit = index % 2 === 1 && stems.some((stem) => (stem.length > 4 ? word.startsWith(stem) : word === stem));
    return hit ? (
      <mark key={index} className="rounded-sm bg-yellow-200/70 px-0.5 text-inherit dark:bg-yellow-500/30">
        {part}
      </mark>
    ) : (
      part
    );
  });
}
