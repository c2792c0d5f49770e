import { Check, Minus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ACTIONS, can, ROLES } from "@/lib/auth/permissions";

/**
 * What each role may do, read from the permission map every data function checks: a table from
 * desktop width, and on phones and tablets one line per permission naming the roles that have it.
 */
export function RolePermissions() {
  const t = useTranslations("admin");
  return (
    <Card>
      <div className="hidden lg:block">
        <Table aria-label={t("roles.tableLabel")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("roles.permission")}</TableHead>
              {ROLES.map((role) => (
                <TableHead key={role} className="text-center whitespace-normal">
                  {t(`role.${role}`)}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {ACTIONS.map((action) => (
              <TableRow key={action}>
                <TableCell className="text-stone-900">{t(`permission.${action}`)}</TableCell>
                {ROLES.map((role) => (
                  <TableCell key={role} className="text-center">
                    {can(role, action) ? (
                      <Check
                        role="img"
                        aria-label={t("roles.allowed")}
                        className="mx-auto size-4 text-brand-700"
                      />
                    ) : (
                      <Minus
                        role="img"
                        aria-label={t("roles.notAllowed")}
                        className="mx-auto size-4 text-stone-500"
                      />
                    )}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ul aria-label={t("roles.tableLabel")} className="divide-y divide-stone-100 lg:hidden">
        {ACTIONS.map((action) => (
          <li key={action} className="space-y-0.5 px-5 py-3">
            <p className="text-sm font-medium text-stone-900">{t(`permission.${action}`)}</p>
            <p className="text-sm text-stone-600">
              {ROLES.filter((role) => can(role, action))
                .map((role) => t(`role.${role}`))
                .join(", ")}
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
