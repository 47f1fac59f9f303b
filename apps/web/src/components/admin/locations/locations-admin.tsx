"use client";

import type { RouterOutputs } from "@soporte/api";
import { MapPin } from "lucide-react";
import { apiSchema } from "@/components/ui/use-zod-resolver";
import { api } from "@/trpc/react";
import type { DirectoryConfig } from "../directory/directory-config";
import { DirectoryAdmin } from "../directory/directory-admin";

type LocationItem = RouterOutputs["locations"]["list"]["items"][number];

const locations: DirectoryConfig<"description", LocationItem> = {
  procedures: api.locations,
  invalidate: (utils) => utils.locations.invalidate(),
  loadSchema: apiSchema("locationCreateSchema"),
  kind: "locations",
  entity: "location",
  icon: MapPin,
  field: {
    name: "description",
    label: "locations.field.label",
    multiline: { maxLength: 300 },
    className: "min-w-56 whitespace-normal",
  },
};

/** /admin/locations: sites and departments. */
export function LocationsAdmin() {
  return <DirectoryAdmin config={locations} />;
}
