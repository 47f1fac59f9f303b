import { isIP } from "node:net";

/** An address in one canonical spelling, or "" when the value is not an IP address. */
export function normalizeIp(value: string | null | undefined): string {
  let ip = value?.trim() ?? "";
  // Some proxies write the port too: "[2001:db8::1]:443", "203.0.113.9:443".
  if (ip.startsWith("[")) ip = ip.slice(1, ip.indexOf("]"));
  else if (/^[\d.]+:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(":"));
  // Node reports IPv4 clients of a dual-stack socket as ::ffff:a.b.c.d; count them under one key.
  if (/^::ffff:/i.test(ip) && isIP(ip.slice(7)) === 4) ip = ip.slice(7);
  return isIP(ip) ? ip.toLowerCase() : "";
}

/**
 * The client's address. With no trusted proxy it is the socket's; behind `hops` proxies of ours it is
 * the X-Forwarded-For entry `hops` from the right (each of our proxies appends the address it was
 * reached from), so whatever the client wrote into the header itself is never read. Fewer entries than
 * hops: the leftmost one there is (Express's `trust proxy = <hops>` does the same). "" when unknown.
 */
export function clientIp({
  socketIp,
  forwardedFor,
  hops,
}: {
  socketIp?: string | null;
  forwardedFor?: string | null;
  hops: number;
}): string {
  if (hops <= 0) return normalizeIp(socketIp);
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const nearestFirst = [socketIp ?? "", ...entries.reverse()];
  return normalizeIp(nearestFirst[Math.min(hops, nearestFirst.length - 1)]);
}
