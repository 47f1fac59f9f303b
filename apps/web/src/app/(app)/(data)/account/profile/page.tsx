import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { ProfileView } from "./profile-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("profile.metaTitle") };
}

export default async function ProfilePage() {
  const t = await getTranslations("account.profile");
  return (
    <PageContainer>
      <PageHeader title={t("title")} description={t("description")} />
      <ProfileView />
    </PageContainer>
  );
}
