import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { SessionsList } from "./sessions-list";
import { SignOutElsewhere } from "./sign-out-elsewhere";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("sessions.metaTitle") };
}

export default async function SessionsPage() {
  const t = await getTranslations("account.sessions");
  return (
    <PageContainer>
      <PageHeader title={t("title")} description={t("description")} />
      <SessionsList />
      <SignOutElsewhere />
    </PageContainer>
  );
}
