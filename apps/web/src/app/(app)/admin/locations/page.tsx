import type { Metadata } from "next";
import { LocationsAdmin } from "@/components/admin/locations/locations-admin";
import { requirePermission } from "@/server/require-permission";

export const metadata: Metadata = { title: "Locations" };

export default async function LocationsPage() {
  await requirePermission("organizations.manage");
  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <LocationsAdmin />
    </div>
  );
}
