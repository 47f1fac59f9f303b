"use client";

import type { RouterOutputs } from "@soporte/api";
import { Building2 } from "lucide-react";
import { apiSchema } from "@/components/ui/use-zod-resolver";
import { api } from "@/trpc/react";
import type { DirectoryConfig } from "../directory/directory-config";
import { DirectoryAdmin } from "../directory/directory-admin";

type OrganizationItem = RouterOutputs["organizations"]["list"]["items"][number];

const organizations: DirectoryConfig<"domain", OrganizationItem> = {
  procedures: api.organizations,
  invalidate: (utils) => utils.organizations.invalidate(),
  loadSchema: apiSchema("organizationCreateSchema"),
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
