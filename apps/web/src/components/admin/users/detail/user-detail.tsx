"use client";

import { AlertCircle } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Deferred } from "@/components/ui/deferred";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { DeleteUserDialog } from "../delete-user-dialog";
import { EditUserSheet, loadEditUserSheet, loadResetPasswordDialog, ResetPasswordDialog } from "../lazy-user-forms";
import { useDelegation } from "../../use-delegation";
import { UserActivityCard } from "./user-activity-card";
import { UserDangerZoneCard } from "./user-danger-zone-card";
import { UserDetailHeader } from "./user-detail-header";
import { UserDetailSkeleton } from "./user-detail-skeleton";
import { UserPlacementCard } from "./user-placement-card";
import { UserProfileCard } from "./user-profile-card";
import { UserRolesCard } from "./user-roles-card";
import { UserSessionsCard } from "./user-sessions-card";
import { UserStatusCard } from "./user-status-card";

type Dialog = "edit" | "reset-password" | "delete";

/** /admin/users/[id]: everything about one user, each part saved on its own. */
export function UserDetail({ id, viewer }: { id: string; viewer: { id: string; isSuperuser: boolean } }) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("admin.users.detail");
  const router = useRouter();
  const user = api.users.get.useQuery({ id });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const { userRefusal } = useDelegation();
  const close = () => setDialog(null);

  if (user.error) {
    return (
      <Alert variant="destructive" role="alert">
        <AlertCircle aria-hidden />
        <AlertDescription>
          {user.error.data?.code === "NOT_FOUND"
            ? t("notFound")
            : t("loadError", { error: describeApiError(user.error) })}
          <Link href="/admin/users" className="font-medium underline underline-offset-4">
            {t("backToUsers")}
          </Link>
        </AlertDescription>
      </Alert>
    );
  }
  if (!user.data) return <UserDetailSkeleton />;
  const data = user.data;

  return (
    <>
      <UserDetailHeader user={data} />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="grid min-w-0 gap-6">
          <UserProfileCard user={data} onEdit={() => setDialog("edit")} />
          <UserRolesCard user={data} />
          <UserPlacementCard user={data} />
          <UserActivityCard userId={data.id} entries={data.recentActivity} />
        </div>
        <div className="grid min-w-0 gap-6">
          <UserStatusCard user={data} isSelf={data.id === viewer.id} />
          <UserSessionsCard
            userId={data.id}
            sessions={data.sessions}
            canEnd={!data.isSuperuser || viewer.isSuperuser}
          />
          <UserDangerZoneCard
            onResetPassword={() => setDialog("reset-password")}
            onDelete={() => setDialog("delete")}
            resetRefusal={userRefusal(data, "reset-password")}
            deleteRefusal={userRefusal(data, "delete")}
          />
        </div>
      </div>
      <Deferred when={dialog === "edit"} preload={loadEditUserSheet}>
        <EditUserSheet user={dialog === "edit" ? data : null} onClose={close} withRolesAndPlacement={false} />
      </Deferred>
      <Deferred when={dialog === "reset-password"} preload={loadResetPasswordDialog}>
        <ResetPasswordDialog user={dialog === "reset-password" ? data : null} onClose={close} />
      </Deferred>
      <DeleteUserDialog
        user={dialog === "delete" ? data : null}
        onClose={close}
        onDeleted={() => router.push("/admin/users")}
      />
    </>
  );
}
