// Lists your open tickets over REST with a client generated from the OpenAPI document
// (openapi-typescript + openapi-fetch): what a program written without @soporte/client would do.
//   SOPORTE_URL=http://localhost:3000 SOPORTE_LOGIN=agent SOPORTE_PASSWORD=soporte-demo-2026 \
//     pnpm --filter @soporte/client exec tsx examples/rest/open-tickets.ts
import createClient from "openapi-fetch";
import type { paths } from "./soporte-api";

/** A REST client for the server at `url`, signed in when `accessToken` is given. */
export function restClient(url: string, accessToken?: string) {
  return createClient<paths>({
    baseUrl: `${url}/api/v1`,
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
  });
}

/** Signs in and answers the caller's open tickets, newest first. */
export async function openTickets(url: string, login: string, password: string) {
  const signIn = await restClient(url).POST("/auth/login", { body: { login, password, device: "open-tickets example" } });
  if (!signIn.data) throw new Error(signIn.error?.error.message ?? "sign-in failed");
  const api = restClient(url, signIn.data.accessToken);
  const { data, error } = await api.GET("/tickets", {
    params: { query: { statusCategories: ["open", "pending"], sort: "createdAt", direction: "desc", limit: 10 } },
  });
  await api.POST("/auth/logout");
  if (!data) throw new Error(error.error.message);
  return data.items;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const tickets = await openTickets(
    process.env.SOPORTE_URL ?? "http://localhost:3000",
    process.env.SOPORTE_LOGIN ?? "agent",
    process.env.SOPORTE_PASSWORD ?? "soporte-demo-2026",
  );
  for (const ticket of tickets) console.log(`#${ticket.number} ${ticket.status.name.padEnd(12)} ${ticket.title}`);
}
