// The pages of the signed-in app, by who may open them: the browser tours of e2e (a11y, Spanish)
// and Lighthouse in `pnpm bench` visit these. Plain JavaScript so that the bench script can import it.
export const STAFF_PAGES = ["/dashboard", "/tickets", "/tickets/new", "/tickets/1001", "/messages"];
export const ACCOUNT_PAGES = ["/account/profile", "/account/password", "/account/sessions"];
export const ADMIN_PAGES = [
  "/admin/users",
  "/admin/roles",
  "/admin/organizations",
  "/admin/locations",
  "/admin/catalogs",
  "/admin/audit",
  "/admin/settings",
  "/admin/system",
];
