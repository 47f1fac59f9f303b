"use client";

import { AlertCircle } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { RoleForm } from "./role-form";

/** /admin/roles/new (no id) and /admin/roles/[id]: the role and the permission catalogue, then the form. */
export function RoleEditor({ id }: { id?: string }) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("admin.roles.editor");
  const role = api.roles.get.useQuery({ id: id ?? "" }, { enabled: id !== undefined });
  const catalogue = api.roles.permissions.useQuery(undefined, { staleTime: Infinity });
  const error = (id !== undefined && role.error) || catalogue.error;

  if (error) {
    return (
      <Alert variant="destructive" role="alert">
        <AlertCircle aria-hidden />
        <AlertDescription>
          {t("loadError", { error: describeApiError(error) })}
          <Link href="/admin/roles" className="font-medium underline underline-offset-4">
            {t("backToRoles")}
          </Link>
        </AlertDescription>
      </Alert>
    );
  }
  if (!catalogue.data || (id !== undefined && !role.data)) return <RoleEditorSkeleton />;
  const existing = id !== undefined ? (role.data ?? null) : null;
  // A fresh form whenever the saved role changes (after a save).
  return (
    <RoleForm key={existing ? existing.updatedAt.toISOString() : "new"} role={existing} areas={catalogue.data.areas} />
  );
}

function RoleEditorSkeleton() {
  const t = useTranslations("admin.roles.editor");
  return (
    <div className="grid gap-6" aria-busy="true" aria-label={t("loading")}>
      <Skeleton className="h-8 w-48" />
      {[3, 6].map((rows, i) => (
        <Card key={i}>
          <CardHeader>
            <Skeleton className="h-5 w-32" />
          </CardHeader>
          <CardContent className="grid gap-3">
            {Array.from({ length: rows }, (_, row) => (
              <Skeleton key={row} className="h-9 w-full" />
            ))}
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
