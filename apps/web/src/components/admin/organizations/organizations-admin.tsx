"use client";

import type { RouterOutputs } from "@soporte/api";
import { organizationCreateSchema } from "@soporte/api/schemas";
import { Building2 } from "lucide-react";
import { api } from "@/trpc/react";
import type { DirectoryConfig } from "../directory/directory-config";
import { DirectoryAdmin } from "../directory/directory-admin";

type OrganizationItem = RouterOutputs["organizations"]["list"]["items"][number];

const organizations: DirectoryConfig<"domain", OrganizationItem> = {
  procedures: api.organizations,
  invalidate: (utils) => utils.organizations.invalidate(),
  schema: organizationCreateSchema,
  kind: "organizations",
  entity: "organization",
  icon: Building2,
  field: {
    name: "domain",
    label: "organizations.field.label",
    description: "organizations.field.description",
    placeholder: "organizations.field.placeholder",
  },
};

/** /admin/organizations: client companies. */
export function OrganizationsAdmin() {
  return <DirectoryAdmin config={organizations} />;
}
