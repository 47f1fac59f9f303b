// The languages a profile may choose. Its own module, free of zod, so that the web app's every page
// can import the list without the schemas.
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
