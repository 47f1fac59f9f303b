import { hasPermission } from "@soporte/api";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MessagesPage } from "@/components/messages/messages-page";
import { PageContainer } from "@/components/shell/page-container";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { getAuth } from "@/server/auth";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages");
  return { title: t("metadata.title") };
}

export default async function Messages() {
  const auth = await getAuth();
  if (!auth) redirect("/sign-in?callbackUrl=%2Fmessages");
  return (
    <NuqsAdapter>
      <PageContainer>
        <MessagesPage
          viewer={{
            id: auth.user.id,
            send: hasPermission(auth.user, "messages.send"),
            broadcast: hasPermission(auth.user, "messages.broadcast"),
          }}
        />
      </PageContainer>
    </NuqsAdapter>
  );
}
