"use client";

import { UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Deferred } from "@/components/ui/deferred";
import { CreateUserSheet, loadCreateUserSheet } from "./lazy-user-forms";
import { GeneratedPasswordDialog, type GeneratedPasswordInfo } from "./generated-password-dialog";
import { UsersTable } from "./users-table";

/** The /admin/users page: header with "New user", the table, and the create flow. */
export function UsersAdmin() {
  const t = useTranslations("admin.users");
  const [creating, setCreating] = useState(false);
  const [generated, setGenerated] = useState<GeneratedPasswordInfo | null>(null);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Button type="button" onClick={() => setCreating(true)}>
            <UserPlus aria-hidden />
            {t("newUser")}
          </Button>
        }
      />
      <UsersTable />
      <Deferred when={creating} preload={loadCreateUserSheet}>
        <CreateUserSheet
          open={creating}
          onOpenChange={setCreating}
          onCreated={({ user, generatedPassword }) => {
            setCreating(false);
            if (generatedPassword) setGenerated({ fullName: user.fullName, password: generatedPassword });
          }}
        />
      </Deferred>
      <GeneratedPasswordDialog info={generated} onClose={() => setGenerated(null)} />
    </>
  );
}
