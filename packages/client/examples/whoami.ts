// Signs in, prints who you are and your sessions, and signs out.
//   SOPORTE_URL=http://localhost:3000 SOPORTE_LOGIN=agent SOPORTE_PASSWORD=soporte-demo-2026 \
//     pnpm --filter @soporte/client example
import { createSoporteClient } from "../src/index";

const client = createSoporteClient({ url: process.env.SOPORTE_URL ?? "http://localhost:3000" });

await client.login(process.env.SOPORTE_LOGIN ?? "agent", process.env.SOPORTE_PASSWORD ?? "soporte-demo-2026", "whoami example");
const me = await client.api.me.get.query();
console.log(`Signed in as ${me.fullName} <${me.email}> — roles: ${me.roles.join(", ")}`);
const { items } = await client.api.sessions.list.query();
for (const session of items) {
  console.log(`${session.current ? "*" : " "} ${session.device.padEnd(24)} ${session.ip.padEnd(16)} last used ${session.lastUsedAt.toISOString()}`);
}
await client.logout();
console.log("Signed out.");
