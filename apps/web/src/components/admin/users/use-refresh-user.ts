"use client";

import { api } from "@/trpc/react";

/** After a change to a user: refetch the lists and the detail that show them, and member counts. */
export function useRefreshUser() {
  const utils = api.useUtils();
  return (id: string, { deleted = false }: { deleted?: boolean } = {}) =>
    Promise.all([
      utils.users.list.invalidate(),
      // A deleted user's page is being left: refetching it would only flash "No such user".
      deleted ? null : utils.users.get.invalidate({ id }),
      utils.roles.list.invalidate(),
    ]);
}
