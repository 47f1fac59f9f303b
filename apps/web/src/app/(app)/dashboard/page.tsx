import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getAuth } from "@/server/auth";
import { DatabaseHealthCard } from "./database-health-card";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const auth = await getAuth();
  if (!auth) redirect("/sign-in");
  const { user } = auth;
  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Welcome, {user.fullName.split(" ")[0]}</h1>
        <p className="text-sm text-muted-foreground">Your account and the state of this Soporte instance.</p>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Signed in as</CardTitle>
            <CardDescription>What Soporte knows about you.</CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-3 text-sm">
              <dt className="text-muted-foreground">Name</dt>
              <dd className="font-medium" data-testid="user-full-name">
                {user.fullName}
              </dd>
              <dt className="text-muted-foreground">Email</dt>
              <dd className="truncate">{user.email}</dd>
              <dt className="text-muted-foreground">Username</dt>
              <dd>{user.username}</dd>
              <dt className="text-muted-foreground">Roles</dt>
              <dd className="flex flex-wrap gap-1" data-testid="user-roles">
                {user.isSuperuser && <Badge>superuser</Badge>}
                {user.roles.map((role) => (
                  <Badge key={role} variant="secondary">
                    {role}
                  </Badge>
                ))}
              </dd>
              <dt className="text-muted-foreground">Permissions</dt>
              <dd>
                {user.isSuperuser ? "All (superuser)" : user.permissions.length ? user.permissions.join(", ") : "None"}
              </dd>
            </dl>
          </CardContent>
        </Card>
        <DatabaseHealthCard />
      </div>
    </div>
  );
}
