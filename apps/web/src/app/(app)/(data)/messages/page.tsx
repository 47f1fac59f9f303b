import { hasPermission } from "@soporte/api";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { conversationsInput, historyInput } from "@/components/messages/message-types";
import { MessagesPage } from "@/components/messages/messages-page";
import { PageContainer } from "@/components/shell/page-container";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { getAuth } from "@/server/auth";
import { serverApi } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages");
  return { title: t("metadata.title") };
}

export default async function Messages({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const auth = await getAuth();
  if (!auth) redirect("/sign-in?callbackUrl=%2Fmessages");
  const api = (await serverApi())!;
  // The conversations, and the open one's latest messages, come with the HTML.
  const { c: open } = await searchParams;
  await Promise.all([
    api.trpc.messages.conversations.prefetchInfinite(conversationsInput),
    typeof open === "string" && api.trpc.messages.history.prefetchInfinite(historyInput(open)),
  ]);
  return (
    <api.HydrateClient>
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
    </api.HydrateClient>
  );
}
