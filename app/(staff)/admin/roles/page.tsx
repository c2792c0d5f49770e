import { AdminCard, AdminPage } from "@/components/admin/admin-page";
import { SecondFactorPolicyForm } from "@/components/admin/second-factor-policy-form";
import { Check, Minus } from "lucide-react";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/guards";
import { ACTIONS, can, ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format/dates";
import { getSecondFactorPolicy } from "@/lib/second-factor/second-factor-policy";

export const metadata: Metadata = { title: "Roles" };

export default async function RolesPage() {
  const actor = await requirePageActor("users.manage");
  const policy = await getSecondFactorPolicy();
  return (
    <AdminPage
      role={actor.role}
      current="/admin/roles"
      title="Roles"
      description="What each role may do. Read-only: the map lives in lib/auth/permissions.ts and is checked by every data function."
    >
      <Card>
        <Table aria-label="Permissions per role">
          <TableHeader>
            <TableRow>
              <TableHead>Action</TableHead>
              {ROLES.map((role) => (
                <TableHead key={role} className="text-center">
                  {ROLE_LABELS[role]}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {ACTIONS.map((action) => (
              <TableRow key={action}>
                <TableCell className="font-mono text-xs">{action}</TableCell>
                {ROLES.map((role) => (
                  <TableCell key={role} className="text-center">
                    {can(role, action) ? (
                      <Check aria-label="allowed" className="mx-auto size-4 text-brand-600" />
                    ) : (
                      <Minus aria-label="not allowed" className="mx-auto size-4 text-stone-300" />
                    )}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
      <AdminCard
        title="Second factor"
        description={
          policy.version
            ? `Version ${policy.version}, saved ${formatDateTime(policy.createdAt!)} by ${policy.createdByEmail ?? "a removed user"}${policy.note ? `: ${policy.note}` : ""}.`
            : "The default: managers and admins. Users of these roles enrol a passkey or authenticator app at sign-in."
        }
      >
        <SecondFactorPolicyForm requiredRoles={policy.requiredRoles} />
      </AdminCard>
    </AdminPage>
  );
}
