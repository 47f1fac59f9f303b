/** The user an action applies to: enough to name them in a dialog or toast. */
export type UserTarget = { id: string; fullName: string };
