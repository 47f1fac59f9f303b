import { apiEnv, appRouter, createRequestContext, logger } from "@soporte/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { db } from "@/server/db";

const handler = async (req: NextRequest) => {
  const token = await getToken({ req, secret: apiEnv().AUTH_SECRET });
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: () => createRequestContext({ db: db(), headers: req.headers, browserSessionId: token?.sid }),
    onError({ error, path, ctx }) {
      if (error.code === "INTERNAL_SERVER_ERROR") logger.error({ requestId: ctx?.meta.requestId, path, err: error.cause ?? error }, "tRPC request failed");
    },
  });
};

export { handler as GET, handler as POST };
