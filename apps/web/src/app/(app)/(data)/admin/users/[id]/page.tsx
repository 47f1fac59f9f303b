import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { UserDetail } from "@/components/admin/users/detail/user-detail";
import { PageContainer } from "@/components/shell/page-container";
import { apiCaller, orNotFound } from "@/server/api-caller";
import { requirePermission } from "@/server/require-permission";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("users.detail.metaTitle") };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const auth = await requirePermission("users.manage");
  const { id } = await params;
  // A 404 for an id that is not a live user (deleted, anonymised, or not an id at all).
  const user = await orNotFound(apiCaller(auth).users.get({ id }));
  if (!user) notFound();
  return (
    <PageContainer>
      <UserDetail id={id} viewer={{ id: auth.user.id, isSuperuser: auth.user.isSuperuser }} />
    </PageContainer>
  );
}
