/** What organizations and locations have in common in their lists. */
export type DirectoryRow = { id: string; name: string; active: boolean; _count: { users: number; tickets: number } };
