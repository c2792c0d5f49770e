import { AdminCard, AdminPage } from "@/components/admin/admin-page";
import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { ResetSecondFactorForm } from "@/components/admin/reset-second-factor-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/guards";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format/dates";
import { listLocationChoices, listStaffUsers } from "@/lib/users/list-staff-users";

export const metadata: Metadata = { title: "Staff accounts" };

export default async function UsersPage() {
  const actor = await requirePageActor("users.manage");
  const [users, locations] = await Promise.all([listStaffUsers(actor), listLocationChoices(actor)]);
  return (
    <AdminPage
      role={actor.role}
      current="/admin/users"
      title="Staff accounts"
      description="Who can sign in, with which role, at which locations."
    >
      <Card>
        <Table aria-label="Staff accounts">
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>Locations</TableHead>
              <TableHead>Last sign-in</TableHead>
              <TableHead className="text-right">Actions</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.map((user) => (
              <TableRow key={user.id} className="align-top">
                <TableCell>
                  <div className="font-medium text-stone-900">{user.name}</div>
                  <div className="text-xs text-stone-500">{user.email}</div>
                  <div className="mt-1 flex flex-wrap gap-1">
                    {user.isDisabled ? <Badge>Disabled</Badge> : null}
                    {user._count.passkeys > 0 || user.totp?.confirmedAt ? (
                      <Badge>Second factor on</Badge>
                    ) : null}
                    {user.mustChangePassword && !user.isDisabled ? (
                      <Badge tone="outbound">Must change password</Badge>
                    ) : null}
                  </div>
                </TableCell>
                <TableCell>{ROLE_LABELS[user.role as Role]}</TableCell>
                <TableCell className="text-xs">
                  {user.role === "admin"
                    ? "All locations"
                    : user.locations.map((l) => l.location.code).join(", ") || "None"}
                </TableCell>
                <TableCell className="text-xs">
                  {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "Never"}
                </TableCell>
                <TableCell className="text-right">
                  <UserRowActions
                    user={{
                      id: user.id,
                      name: user.name,
                      role: user.role as Role,
                      isDisabled: user.isDisabled,
                      locationIds: user.locations.map((l) => l.location.id),
                    }}
                    locations={locations}
                    isSelf={user.id === actor.id}
                  />
                  {user.id !== actor.id && (user._count.passkeys > 0 || user.totp?.confirmedAt) ? (
                    <ResetSecondFactorForm user={{ id: user.id, name: user.name }} />
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
      <AdminCard title="New staff account">
        <CreateUserForm locations={locations} />
      </AdminCard>
    </AdminPage>
  );
}
