import NextAuth from "next-auth";
import { authOptions } from "@/server/auth";

type Handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// Built on the first request, not at import: `next build` imports this module.
let handler: Handler | undefined;
const handle: Handler = (req, ctx) => (handler ??= NextAuth(authOptions()) as Handler)(req, ctx);

export { handle as GET, handle as POST };
