import type { ReactNode } from "react";
import { TRPCReactProvider } from "@/trpc/react";

/**
 * The pages whose client components read and write through the API client (TanStack Query and tRPC):
 * the client comes with them. The dashboard, rendered on the server, and the sign-in page load
 * without it (docs/page-weight.md).
 */
export default function DataLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
