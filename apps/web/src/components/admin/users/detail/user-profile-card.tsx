import { Pencil } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format-time";
import { DetailItem } from "./detail-item";
import type { UserDetailData } from "./user-detail-types";

const LANGUAGES: Record<string, string> = { en: "English", es: "Español" };

function When({ at, never = "Never" }: { at: Date | null; never?: string }) {
  return at ? (
    <time dateTime={at.toISOString()}>{formatDateTime(at)}</time>
  ) : (
    <span className="text-muted-foreground">{never}</span>
  );
}

export function UserProfileCard({ user, onEdit }: { user: UserDetailData; onEdit: () => void }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">Profile</CardTitle>
        <CardDescription>Identity and contact details.</CardDescription>
        <CardAction>
          <Button type="button" variant="outline" size="sm" onClick={onEdit}>
            <Pencil aria-hidden />
            Edit
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-4 sm:grid-cols-2" data-testid="user-profile">
          <DetailItem term="Full name">{user.fullName}</DetailItem>
          <DetailItem term="Email">
            <span className="break-all">{user.email}</span>
          </DetailItem>
          <DetailItem term="Username">
            <span className="font-mono">{user.username}</span>
          </DetailItem>
          <DetailItem term="Phone">{user.phone || <span className="text-muted-foreground">—</span>}</DetailItem>
          <DetailItem term="Language">{LANGUAGES[user.locale] ?? user.locale}</DetailItem>
          <DetailItem term="Last sign-in">
            <When at={user.lastLoginAt} />
          </DetailItem>
          <DetailItem term="Created">
            <When at={user.createdAt} />
          </DetailItem>
          <DetailItem term="Updated">
            <When at={user.updatedAt} />
          </DetailItem>
          <div className="sm:col-span-2">
            <DetailItem term="Bio">
              {user.bio ? (
                <span className="font-normal whitespace-pre-line">{user.bio}</span>
              ) : (
                <span className="text-muted-foreground">—</span>
              )}
            </DetailItem>
          </div>
        </dl>
      </CardContent>
    </Card>
  );
}
