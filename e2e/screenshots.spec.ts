// `pnpm screenshots`: pictures of each page in light and dark, desktop and phone width, for a
// person to look at (test-results/screenshots). Not part of `pnpm test`.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD, sameOriginHeaders, scrollThrough, signInAt } from "./fixtures";

const viewports = { desktop: { width: 1366, height: 860 }, phone: { width: 390, height: 844 } } as const;
const text = (value: string | RegExp) => (page: Page) => page.getByText(value).first();

// `ready`: what shows once the page's data has loaded (no skeletons left in the picture).
// `open`: what to do on the page first (open a dialog, follow a link).
type Target = {
  name: string;
  path: string;
  login: string | null;
  heading: string | RegExp;
  ready: (page: Page) => Locator;
  open?: (page: Page) => Promise<void>;
  /** Dialogs and sheets are fixed to the viewport: picture the viewport, not the whole page. */
  viewportOnly?: boolean;
};

type TrpcAnswer = { result: { data: { json: Record<string, unknown> } } };

/**
 * Saved views to show on /tickets: two of the agent's own (one shared) and one another agent shared.
 * Every picture's run makes them again; the ones already there answer CONFLICT, which is fine.
 */
async function seedSavedViews(page: Page) {
  const create = async (input: unknown, headers: Record<string, string>) => {
    const response = await page.request.post("/api/trpc/views.create", { data: { json: input }, headers });
    expect([200, 409], await response.text()).toContain(response.status());
  };
  const catalogsAnswer = await page.request.get("/api/trpc/catalogs.list");
  expect(catalogsAnswer.ok(), await catalogsAnswer.text()).toBe(true);
  const catalogs = (await catalogsAnswer.json()) as TrpcAnswer;
  const priorities = catalogs.result.data.json.priorities as { id: string; name: string }[];
  const urgent = priorities.filter((p) => p.name === "Urgent" || p.name === "High").map((p) => p.id);
  const own = sameOriginHeaders(page);
  await create({ name: "My open tickets", filters: { assignee: "me", statusCategories: ["open"] } }, own);
  await create(
    { name: "Urgent, unassigned", filters: { assignee: "unassigned", priorityIds: urgent.slice(0, 1) }, shared: true },
    own,
  );
  const login = await page.request.post("/api/trpc/auth.login", {
    data: { json: { login: "sofia.ramirez", password: DEMO_PASSWORD } },
    headers: own,
  });
  expect(login.ok(), await login.text()).toBe(true);
  const { accessToken } = ((await login.json()) as TrpcAnswer).result.data.json as { accessToken: string };
  await create(
    { name: "Breached SLA", filters: { sla: "breached", sort: "dueAt", direction: "asc" }, shared: true },
    { authorization: `Bearer ${accessToken}` },
  );
  await page.reload();
}

const pages: Target[] = [
  { name: "sign-in", path: "/sign-in", login: null, heading: "Sign in to Soporte", ready: text("Create an account") },
  {
    name: "register",
    path: "/register",
    login: null,
    heading: "Create your account",
    ready: text("Already have an account?"),
  },
  {
    name: "dashboard",
    path: "/dashboard",
    login: "agent",
    heading: "Hello, Carlos",
    ready: (page) => page.getByTestId("chart-workload").locator(".recharts-bar-rectangle").first(),
  },
  {
    name: "dashboard-admin",
    path: "/dashboard",
    login: "admin",
    heading: "Hello, Ana",
    ready: (page) => page.getByTestId("chart-status").locator(".recharts-bar-rectangle").first(),
  },
  {
    name: "dashboard-requester",
    path: "/dashboard",
    login: "requester",
    heading: "Your open tickets",
    ready: (page) => page.getByTestId("ticket-summary-list"),
  },
  {
    name: "navigation",
    path: "/admin/audit",
    login: "admin",
    heading: /^Every change to tickets, comments, users/,
    ready: (page) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }),
    // On a phone: the navigation's panel, open.
    open: async (page) => {
      if ((page.viewportSize()?.width ?? 0) < 768) await page.getByRole("button", { name: "Open navigation" }).click();
    },
    viewportOnly: true,
  },
  {
    name: "profile",
    path: "/account/profile",
    login: "admin",
    heading: "Personal details",
    ready: text("Member since"),
  },
  {
    name: "password",
    path: "/account/password",
    login: "admin",
    heading: "Change password",
    ready: text("Confirm new password"),
  },
  {
    name: "sessions",
    path: "/account/sessions",
    login: "admin",
    heading: "Active sessions",
    ready: text("This device"),
  },
  {
    name: "admin-settings",
    path: "/admin/settings",
    login: "admin",
    heading: "Allow self-registration",
    ready: (page) => page.getByRole("switch", { name: "Allow self-registration" }),
  },
  {
    name: "admin-users",
    path: "/admin/users",
    login: "admin",
    heading: /^Staff and requesters/,
    ready: (page) => page.getByTestId("user-name").first(),
  },
  {
    name: "admin-user-detail",
    path: "/admin/users?q=agent%40soporte.test",
    login: "admin",
    heading: "Recent activity",
    ready: (page) => page.getByRole("checkbox", { name: "agent", exact: true }),
    open: (page) => page.getByRole("link", { name: "Carlos Técnico" }).click(),
  },
  {
    name: "admin-user-create",
    path: "/admin/users",
    login: "admin",
    heading: "New user",
    ready: (page) => page.getByRole("dialog").getByRole("checkbox", { name: "agent", exact: true }),
    open: (page) => page.getByRole("button", { name: "New user" }).click(),
    viewportOnly: true,
  },
  {
    name: "admin-roles",
    path: "/admin/roles",
    login: "admin",
    heading: /^Sets of permissions/,
    ready: text("Built-in"),
  },
  {
    name: "admin-role-editor",
    path: "/admin/roles",
    login: "admin",
    heading: "Permissions",
    ready: (page) => page.getByRole("checkbox", { name: "See every ticket" }),
    open: (page) => page.getByRole("link", { name: "backoffice", exact: true }).click(),
  },
  {
    name: "messages",
    path: "/messages",
    login: "agent",
    heading: /^Direct conversations with your colleagues/,
    ready: (page) => page.getByTestId("message").first(),
    open: (page) =>
      page
        .getByRole("navigation", { name: "Conversations" })
        .getByRole("button", { name: /Ana Administradora/ })
        .click(),
  },
  {
    name: "notifications",
    path: "/dashboard",
    login: "agent",
    heading: "Hello, Carlos",
    ready: (page) => page.getByRole("menu"),
    open: (page) => page.getByRole("button", { name: /^Notifications/ }).click(),
    viewportOnly: true,
  },
  {
    name: "tickets",
    path: "/tickets?state=open",
    login: "agent",
    heading: /^Every request to the helpdesk/,
    ready: (page) => page.getByTestId("ticket-title").first(),
  },
  {
    name: "tickets-search",
    path: "/tickets?q=impresora%20papel&sort=relevance",
    login: "agent",
    heading: /^Every request to the helpdesk/,
    ready: (page) => page.getByTestId("ticket-title").locator("mark").first(),
  },
  {
    name: "tickets-views",
    path: "/tickets",
    login: "agent",
    heading: /^Every request to the helpdesk/,
    ready: (page) => page.getByTestId("ticket-title").first(),
    open: async (page) => {
      await seedSavedViews(page);
      // Wide screens list the views beside the table; narrow ones in a select.
      if ((page.viewportSize()?.width ?? 0) >= 1280)
        await page.getByRole("button", { name: /^My open tickets/ }).click();
      else await page.getByRole("combobox", { name: "Saved view" }).selectOption({ label: "My open tickets" });
      await expect(page).toHaveURL(/view=/);
    },
  },
  {
    name: "tickets-save-view",
    path: "/tickets",
    login: "agent",
    heading: /^Keep the current filters/,
    ready: (page) => page.getByRole("dialog").getByLabel("Share with all staff"),
    open: async (page) => {
      await page.getByRole("button", { name: "Open", exact: true }).click();
      await page.getByRole("button", { name: "Save view" }).filter({ visible: true }).click();
      await page.getByRole("dialog").getByLabel("Name").fill("Open tickets");
    },
    viewportOnly: true,
  },
  {
    name: "tickets-bulk",
    path: "/tickets",
    login: "agent",
    heading: "3 tickets selected",
    ready: (page) => page.getByRole("region", { name: "Bulk actions" }),
    open: async (page) => {
      const boxes = page.getByRole("checkbox", { name: /^Select ticket/ });
      for (const index of [0, 1, 2]) await boxes.nth(index).check();
    },
  },
  {
    name: "tickets-requester",
    path: "/tickets",
    login: "requester",
    heading: /^The requests you opened/,
    ready: (page) => page.getByTestId("ticket-title").first(),
  },
  {
    name: "ticket-new",
    path: "/tickets/new",
    login: "agent",
    heading: "Open ticket",
    ready: (page) => page.getByRole("searchbox", { name: "Search requesters" }),
  },
  {
    name: "ticket-detail",
    path: "/tickets?sort=number&dir=asc",
    login: "agent",
    heading: "Properties",
    ready: (page) => page.getByTestId("comment").first(),
    open: (page) => page.getByTestId("ticket-title").first().click(),
  },
  {
    name: "ticket-history",
    path: "/tickets?sort=number&dir=asc",
    login: "agent",
    heading: "Properties",
    ready: (page) => page.getByTestId("ticket-history"),
    // A change of status first, so the newest entries are the page's own.
    open: async (page) => {
      await page.getByTestId("ticket-title").first().click();
      await expect(page).toHaveURL(/\/tickets\/\d+$/);
      const status = page.getByRole("combobox", { name: "Status", exact: true });
      await status.selectOption({ label: "Open" });
      await expect(page.getByTestId("ticket-badges")).toContainText("Open");
      await status.selectOption({ label: "In progress" });
      await expect(page.getByTestId("ticket-badges")).toContainText("In progress");
      await page.getByRole("tab", { name: "History" }).click();
    },
  },
  {
    name: "ticket-detail-requester",
    path: "/tickets?sort=number&dir=asc",
    login: "requester",
    heading: "Properties",
    ready: (page) => page.getByTestId("comment").first(),
    open: (page) => page.getByTestId("ticket-title").first().click(),
  },
  {
    name: "admin-organizations",
    path: "/admin/organizations",
    login: "admin",
    heading: /^Client companies/,
    ready: text("Acme Corp"),
  },
  {
    name: "admin-locations",
    path: "/admin/locations",
    login: "admin",
    heading: /^Sites, branches/,
    ready: text("Head office"),
  },
  {
    name: "admin-catalogs",
    path: "/admin/catalogs?tab=priorities",
    login: "admin",
    heading: /^The lists tickets choose from/,
    ready: text("Urgent"),
  },
  {
    name: "admin-catalogs-problem-types",
    path: "/admin/catalogs?tab=problemTypes",
    login: "admin",
    heading: /^Common problems/,
    ready: text("VPN not connecting"),
  },
  {
    name: "admin-catalog-edit",
    path: "/admin/catalogs?tab=priorities",
    login: "admin",
    heading: "Edit Normal",
    ready: (page) => page.getByRole("dialog").getByText("Resolution due within 1 d."),
    open: async (page) => {
      await page.getByRole("button", { name: "Actions for Normal" }).click();
      await page.getByRole("menuitem", { name: "Edit" }).click();
    },
    viewportOnly: true,
  },
  {
    name: "admin-audit",
    path: "/admin/audit",
    login: "admin",
    heading: /^Every change to tickets/,
    ready: (page) => page.getByTestId("audit-actor").first(),
  },
  {
    name: "admin-audit-entry",
    path: "/admin/audit",
    login: "admin",
    heading: "Request id",
    ready: (page) => page.getByRole("dialog").getByText("IP address"),
    open: (page) =>
      page
        .getByRole("button", { name: /^Details of/ })
        .first()
        .click(),
    viewportOnly: true,
  },
  {
    name: "admin-system",
    path: "/admin/system",
    login: "admin",
    heading: /^The state of this Soporte instance/,
    ready: text("Healthy"),
  },
  {
    name: "not-found",
    path: "/no-such-page",
    login: null,
    heading: "Page not found",
    ready: (page) => page.getByRole("link", { name: "Back to the dashboard" }),
  },
  {
    name: "not-found-signed-in",
    path: "/dashboard",
    login: "admin",
    heading: "Page not found",
    ready: (page) => page.getByRole("link", { name: "Back to the dashboard" }),
    open: async (page) => void (await page.goto("/admin/no-such-page")),
  },
  {
    name: "forbidden",
    path: "/admin/catalogs",
    login: "agent",
    heading: "You don't have access to this page",
    ready: (page) => page.getByRole("link", { name: "Back to the dashboard" }),
  },
];

for (const scheme of ["light", "dark"] as const) {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const target of pages) {
      test(`@screenshots ${target.name} ${scheme} ${device}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize(viewport);
        if (target.login) await signInAt(page, target.path, target.login);
        else await page.goto(target.path);
        if (target.open) {
          await expect(page).toHaveURL((url) => url.pathname + url.search === target.path);
          await target.open(page);
        }
        await expect(page.getByText(target.heading).first()).toBeVisible();
        await scrollThrough(page);
        await expect(target.ready(page)).toBeVisible();
        // Not "networkidle": Chromium keeps a prefetch of a link to a missing route (a 404) pending for good.
        await expect(page.locator('[aria-busy="true"], [data-slot="skeleton"]')).toHaveCount(0);
        await page.screenshot({
          path: `test-results/screenshots/${target.name}-${scheme}-${device}.png`,
          fullPage: !target.viewportOnly,
        });
      });
    }
  }
}
