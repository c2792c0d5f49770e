import { CustomerLink } from "@/components/customers/customer-link";
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
import { channelLabels } from "@/lib/format/labels";
import { matchLabels } from "@/components/search/search-copy";
import { LinkPending } from "./link-pending";
import { customerName, UNNAMED_CUSTOMER } from "@/lib/format/names";

type CustomerTableProps = { rows: CustomerListRow[]; caption: string; now: Date };

export function CustomerTable({ rows, caption, now }: CustomerTableProps) {
  return (
    <Table>
      <TableCaption className="sr-only">{caption}</TableCaption>
      <TableHeader>
        <tr>
          <TableHead className="w-[30%]">Name</TableHead>
          <TableHead>City</TableHead>
          <TableHead>Email</TableHead>
          <TableHead>Last seen</TableHead>
          <TableHead>First came via</TableHead>
        </tr>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const name = customerName(row);
          return (
            // The name link stretches over the row, so a tap anywhere on a tablet opens the profile.
            <TableRow key={row.id} className="relative">
              <TableCell>
                <CustomerLink
                  customerId={row.id}
                  className="font-medium text-stone-900 before:absolute before:inset-0 hover:text-brand-700 hover:underline focus-visible:outline-offset-[-2px]"
                >
                  {name ?? <span className="text-stone-500 italic">{UNNAMED_CUSTOMER}</span>}
                  <LinkPending />
                </CustomerLink>
                {row.preferredName ? (
                  <p className="text-xs text-stone-500">Goes by {row.preferredName}</p>
                ) : null}
                {row.match && row.match.kind !== "name" ? (
                  <p className="text-xs text-stone-500">
                    Found by {matchLabels[row.match.kind].toLowerCase()}
                    {"value" in row.match ? <span className="font-mono"> {row.match.value}</span> : null}
                  </p>
                ) : null}
              </TableCell>
              <TableCell>{row.city ?? <NotRecorded />}</TableCell>
              <TableCell className="max-w-64 truncate" title={row.email ?? undefined}>
                {row.email ?? <NotRecorded />}
              </TableCell>
              <TableCell className="whitespace-nowrap">
                {row.lastSeenAt ? (
                  <time dateTime={row.lastSeenAt.toISOString()} title={formatDateTime(row.lastSeenAt)}>
                    {formatRelativeDay(row.lastSeenAt, now)}
                  </time>
                ) : (
                  <NotRecorded />
                )}
              </TableCell>
              <TableCell className="whitespace-nowrap">
                {row.firstTouchChannel ? (
                  channelLabels[row.firstTouchChannel]
                ) : (
                  <NotRecorded label="Unknown" />
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
