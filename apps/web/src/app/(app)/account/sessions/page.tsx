import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { SessionsList } from "./sessions-list";
import { SignOutElsewhere } from "./sign-out-elsewhere";

export const metadata: Metadata = { title: "Sessions" };

export default function SessionsPage() {
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <PageHeader
        title="Sessions"
        description="Where your account is signed in: browsers and programs using the API. Revoke anything you don't recognise."
      />
      <SessionsList />
      <SignOutElsewhere />
    </div>
  );
}
