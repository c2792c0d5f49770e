import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CustomerLink } from "@/components/customers/customer-link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { formatDateTime } from "@/lib/format/dates";

interface Entry {
  id: string;
  occurredAt: Date;
  action: string;
  actorEmail: string | null;
  customerId: string | null;
  /** Named when the actor may see the customer; initials for roles without personal-data access. */
  customer: { id: string; name: string } | null;
  ip: string | null;
  reason: string | null;
}

function CustomerCell({ entry }: { entry: Entry }) {
  if (entry.customer)
    return (
      <CustomerLink
        className="text-brand-700 underline-offset-2 hover:underline"
        customerId={entry.customer.id}
      >
        {entry.customer.name}
      </CustomerLink>
    );
  // Erased, merged away or outside the actor's locations: no name to show.
  if (entry.customerId)
    return (
      <span className="font-mono text-stone-600" title={entry.customerId}>
        {entry.customerId.slice(0, 8)}…
      </span>
    );
  return <>—</>;
}

/** The entries as a table from tablet width; on a phone each entry is a stacked block. */
export function AuditTable({ entries }: { entries: Entry[] }) {
  const t = useTranslations("audit");
  const locale = useLocale();
  const actionLabel = (action: string) =>
    t.has(`action.${action as AuditAction}`) ? t(`action.${action as AuditAction}`) : action;
  return (
    <>
      <div className="hidden md:block">
        <Table aria-label={t("table.label")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("table.when")}</TableHead>
              <TableHead>{t("table.who")}</TableHead>
              <TableHead>{t("table.action")}</TableHead>
              <TableHead>{t("table.customer")}</TableHead>
              <TableHead>{t("table.ip")}</TableHead>
              <TableHead>{t("table.note")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((entry) => (
              <TableRow key={entry.id} className="align-top">
                <TableCell className="text-xs">{formatDateTime(entry.occurredAt, locale)}</TableCell>
                <TableCell className="text-xs break-all">{entry.actorEmail ?? "—"}</TableCell>
                <TableCell className="text-xs">{actionLabel(entry.action)}</TableCell>
                <TableCell className="text-xs">
                  <CustomerCell entry={entry} />
                </TableCell>
                <TableCell className="text-xs">{entry.ip ?? "—"}</TableCell>
                <TableCell className="max-w-64 text-xs break-words">{entry.reason ?? ""}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ol aria-label={t("table.label")} className="divide-y divide-stone-100 md:hidden">
        {entries.map((entry) => (
          <li key={entry.id} className="space-y-1 px-4 py-3 text-sm">
            <p className="font-medium text-stone-900">{actionLabel(entry.action)}</p>
            <p className="text-xs text-stone-600">{formatDateTime(entry.occurredAt, locale)}</p>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs">
              <Field label={t("table.who")}>{entry.actorEmail ?? "—"}</Field>
              {entry.customerId ? (
                <Field label={t("table.customer")}>
                  <CustomerCell entry={entry} />
                </Field>
              ) : null}
              {entry.ip ? <Field label={t("table.ip")}>{entry.ip}</Field> : null}
              {entry.reason ? <Field label={t("table.note")}>{entry.reason}</Field> : null}
            </dl>
          </li>
        ))}
      </ol>
    </>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-stone-600">{label}</dt>
      <dd className="break-words text-stone-900">{children}</dd>
    </>
  );
}
