/** The toast after deleting an organization or location: the API deactivates one that is in use. */
export function deleteOutcome(
  name: string,
  result: { deleted: boolean; deactivated: boolean },
  usedBy: { users: number; tickets: number },
): string {
  if (result.deleted) return `${name} was deleted.`;
  const uses = [
    usedBy.users ? `${usedBy.users} user${usedBy.users === 1 ? "" : "s"}` : null,
    usedBy.tickets ? `${usedBy.tickets} ticket${usedBy.tickets === 1 ? "" : "s"}` : null,
  ].filter(Boolean);
  return `${name} is in use${uses.length ? ` by ${uses.join(" and ")}` : ""}, so it was deactivated instead of deleted.`;
}
