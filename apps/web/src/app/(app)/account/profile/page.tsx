import type { Metadata } from "next";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { ProfileView } from "./profile-view";

export const metadata: Metadata = { title: "Profile" };

export default function ProfilePage() {
  return (
    <PageContainer>
      <PageHeader title="Profile" description="How you appear to others in Soporte, and your language." />
      <ProfileView />
    </PageContainer>
  );
}
