import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CustomerLink } from "@/components/customers/customer-link";
import { matchLabel } from "@/components/search/match-label";
import { NotRecorded } from "@/components/ui/not-recorded";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { CustomerListRow } from "@/lib/customers/list-customers";
import { formatDateTime, formatRelativeDay } from "@/lib/format/dates";
import { customerName } from "@/lib/format/names";
import { LinkPending } from "./link-pending";

type CustomerTableProps = { rows: CustomerListRow[]; caption: string; now: Date };

/** Below 768 px a row is a card: the cell shows its column's name, since the header row is hidden. */
function StackedLabel({ children }: { children: ReactNode }) {
  return (
    <span aria-hidden="true" className="block text-xs font-medium text-stone-500 md:hidden">
      {children}
    </span>
  );
}

// The table keeps its semantics at every width (explicit roles, because a table restyled as blocks
// loses them in some browsers); narrow screens only lay it out as stacked cards, with no sideways scroll.
export function CustomerTable({ rows, caption, now }: CustomerTableProps) {
  const t = useTranslations("customers");
  const tAll = useTranslations();
  const locale = useLocale();
  const notRecorded = <NotRecorded label={tAll("common.states.notRecorded")} />;
  const cell = "max-md:px-0 max-md:py-0 max-md:first:pl-0 max-md:last:pr-0";
  return (
    <Table role="table" className="max-md:block">
      <TableCaption className="sr-only">{caption}</TableCaption>
      <TableHeader role="rowgroup" className="max-md:sr-only">
        <tr role="row">
          <TableHead role="columnheader" className="w-[30%]">
            {t("table.name")}
          </TableHead>
          <TableHead role="columnheader">{t("table.city")}</TableHead>
          <TableHead role="columnheader">{t("table.email")}</TableHead>
          <TableHead role="columnheader">{t("table.lastSeen")}</TableHead>
          <TableHead role="columnheader">{t("table.firstVia")}</TableHead>
        </tr>
      </TableHeader>
      <TableBody role="rowgroup" className="max-md:block">
        {rows.map((row) => {
          const name = customerName(row);
          return (
            // The name link stretches over the row, so a tap anywhere on a tablet opens the profile.
            <TableRow
              key={row.id}
              role="row"
              className="relative max-md:grid max-md:grid-cols-2 max-md:gap-x-4 max-md:gap-y-2 max-md:px-4 max-md:py-3"
            >
              <TableCell role="cell" className={`${cell} max-md:col-span-2`}>
                <CustomerLink
                  customerId={row.id}
                  className="font-medium text-stone-900 before:absolute before:inset-0 hover:text-brand-700 hover:underline focus-visible:outline-offset-[-2px] max-md:text-base"
                >
                  {name ?? <span className="text-stone-600 italic">{t("unnamed")}</span>}
                  <LinkPending />
                </CustomerLink>
                {row.preferredName ? (
                  <p className="text-xs text-stone-600">{t("table.goesBy", { name: row.preferredName })}</p>
                ) : null}
                {row.match && row.match.kind !== "name" ? (
                  <p className="text-xs text-stone-600">
                    {t("table.foundBy", { kind: matchLabel(tAll, row.match.kind).toLocaleLowerCase(locale) })}
                    {"value" in row.match ? <span className="font-mono"> {row.match.value}</span> : null}
                  </p>
                ) : null}
              </TableCell>
              <TableCell role="cell" className={`${cell} max-md:order-2`}>
                <StackedLabel>{t("table.city")}</StackedLabel>
                {row.city ?? notRecorded}
              </TableCell>
              <TableCell
                role="cell"
                className={`${cell} max-md:order-1 max-md:col-span-2 max-md:wrap-anywhere md:max-w-64 md:truncate`}
                title={row.email ?? undefined}
              >
                <StackedLabel>{t("table.email")}</StackedLabel>
                {row.email ?? notRecorded}
              </TableCell>
              <TableCell role="cell" className={`${cell} max-md:order-3 md:whitespace-nowrap`}>
                <StackedLabel>{t("table.lastSeen")}</StackedLabel>
                {row.lastSeenAt ? (
                  <time
                    dateTime={row.lastSeenAt.toISOString()}
                    title={formatDateTime(row.lastSeenAt, locale)}
                  >
                    {formatRelativeDay(row.lastSeenAt, now, locale)}
                  </time>
                ) : (
                  notRecorded
                )}
              </TableCell>
              <TableCell role="cell" className={`${cell} max-md:order-4 md:whitespace-nowrap`}>
                <StackedLabel>{t("table.firstVia")}</StackedLabel>
                {row.firstTouchChannel ? (
                  tAll(`labels.channel.${row.firstTouchChannel}`)
                ) : (
                  <NotRecorded label={tAll("common.states.unknown")} />
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
