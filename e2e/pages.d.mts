// Types of pages.mjs for the TypeScript tests.
export const STAFF_PAGES: string[];
export const ACCOUNT_PAGES: string[];
export const ADMIN_PAGES: string[];
