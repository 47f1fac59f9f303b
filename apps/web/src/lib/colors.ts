/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/**
 * The text colour for initials on a user's chosen avatar colour: white while it reaches the 4.5:1
 * contrast small text needs (WCAG AA), else near-black (orange, lime, cyan, teal… take dark text).
 */
export function readableOn(background: string): "#ffffff" | "#111827" {
  if (!/^#[0-9a-f]{6}$/i.test(background)) return "#ffffff";
  const level = luminance(background);
  return contrast(1, level) >= 4.5 ? "#ffffff" : "#111827";
}
