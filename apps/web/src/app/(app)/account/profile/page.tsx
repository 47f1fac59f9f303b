import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { ProfileView } from "./profile-view";

export const metadata: Metadata = { title: "Profile" };

export default function ProfilePage() {
  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <PageHeader title="Profile" description="How you appear to others in Soporte, and your language." />
      <ProfileView />
    </div>
  );
}
