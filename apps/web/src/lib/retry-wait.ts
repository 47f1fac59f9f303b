/** A rate limit's wait as the API words it: in seconds under 90, else in minutes (rounded up). */
export function retryWait(seconds: number): { unit: "seconds" | "minutes"; count: number } {
  return seconds < 90 ? { unit: "seconds", count: seconds } : { unit: "minutes", count: Math.ceil(seconds / 60) };
}
