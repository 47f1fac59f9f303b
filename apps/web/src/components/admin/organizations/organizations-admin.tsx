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
  title: "Organizations",
  description: "Client companies. One in use by users or tickets is deactivated rather than deleted.",
  noun: "organization",
  icon: Building2,
  formDescription: "A client company whose people open tickets.",
  field: {
    name: "domain",
    label: "Domain",
    description: "Their email domain, e.g. acme.com (optional).",
    placeholder: "acme.com",
  },
};

/** /admin/organizations: client companies. */
export function OrganizationsAdmin() {
  return <DirectoryAdmin config={organizations} />;
}
