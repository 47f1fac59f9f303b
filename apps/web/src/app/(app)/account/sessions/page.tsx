import type { Metadata } from "next";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { SessionsList } from "./sessions-list";
import { SignOutElsewhere } from "./sign-out-elsewhere";

export const metadata: Metadata = { title: "Sessions" };

export default function SessionsPage() {
  return (
    <PageContainer>
      <PageHeader
        title="Sessions"
        description="Where your account is signed in: browsers and programs using the API. Revoke anything you don't recognise."
      />
      <SessionsList />
      <SignOutElsewhere />
    </PageContainer>
  );
}
