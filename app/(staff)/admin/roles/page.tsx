import { AdminPage } from "@/components/admin/admin-page";
import { Check, Minus } from "lucide-react";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/guards";
import { ACTIONS, can, ROLE_LABELS, ROLES } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Roles" };

export default async function RolesPage() {
  const actor = await requirePageActor("users.manage");
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
    </AdminPage>
  );
}
