const UNITS = [
  ["d", 24 * 60],
  ["h", 60],
  ["min", 1],
] as const;

/** An SLA target in minutes, readably: 240 → "4 h", 1440 → "1 d", 90 → "1 h 30 min", 2190 → "1 d 12 h 30 min". */
export function formatMinutes(minutes: number): string {
  const parts: string[] = [];
  let rest = Math.max(0, Math.round(minutes));
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count} ${unit}`);
    rest -= count * size;
  }
  return parts.length ? parts.join(" ") : "0 min";
}
