import { CircleAlert, CircleCheck, LoaderCircle, UserCheck } from "lucide-react";
import { CustomerLink } from "@/components/customers/customer-link";
import { memo } from "react";
import { CustomerBadgeList } from "@/components/boards/customer-badges";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { boardCopy } from "@/lib/boards/board-copy";
import type { ArrivalRow } from "@/lib/boards/board-types";
import { formatTime } from "@/lib/format/dates";

const copy = boardCopy.arrivals;

function ActionCell({
  row,
  isPending,
  canCheckIn,
  onCheckIn,
}: {
  row: ArrivalRow;
  isPending: boolean;
  canCheckIn: boolean;
  onCheckIn: (row: ArrivalRow) => void;
}) {
  if (isPending) {
    return (
      <span className="inline-flex items-center gap-1.5 text-sm text-stone-600" role="status">
        <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />
        {copy.checkingIn}
      </span>
    );
  }
  if (row.status === "checked_in" || row.status === "checked_out") {
    const label = row.status === "checked_out" ? copy.checkedOut : copy.checkedIn;
    return (
      <span className="inline-flex items-center gap-1.5 text-sm font-medium text-brand-700">
        <CircleCheck aria-hidden="true" className="size-4" />
        {row.checkedInAt && row.status === "checked_in"
          ? copy.checkedInAt(formatTime(new Date(row.checkedInAt)))
          : label}
      </span>
    );
  }
  if (row.status === "no_show") return <span className="text-sm text-stone-500">{copy.noShow}</span>;
  if (!canCheckIn) return null;
  if (!row.canCheckIn) return <span className="text-sm text-stone-500">{copy.expected}</span>;
  return (
    <Button size="sm" onClick={() => onCheckIn(row)} aria-label={`${copy.checkIn} ${row.customer.name}`}>
      <UserCheck aria-hidden="true" />
      {copy.checkIn}
    </Button>
  );
}

/** One booking: who, which room for how long, what to know, and the check-in. */
export const ArrivalRowView = memo(function ArrivalRowView({
  row,
  isPending,
  failure,
  canCheckIn,
  onCheckIn,
}: {
  row: ArrivalRow;
  isPending: boolean;
  failure: string | undefined;
  canCheckIn: boolean;
  onCheckIn: (row: ArrivalRow) => void;
}) {
  return (
    <tr className={cn("align-top transition-colors hover:bg-stone-50", failure && "bg-red-50/60")}>
      <td className="py-2 pr-3 pl-5">
        <CustomerLink
          customerId={row.customer.id}
          className="block truncate text-base font-semibold text-stone-900 hover:underline"
        >
          {row.customer.name}
        </CustomerLink>
        <span className="font-mono text-xs text-stone-500">{row.reference}</span>
      </td>
      <td className="px-3 py-2 text-sm">
        <span className="block truncate font-medium text-stone-800">
          {copy.nights(row.nights)}
          {row.roomNumber ? ` · ${copy.room(row.roomNumber)}` : ""}
        </span>
        <span className="block truncate text-xs text-stone-500" title={row.roomType}>
          {row.roomType} · {copy.guests(row.guests)}
        </span>
      </td>
      <td className="px-3 py-2">
        <CustomerBadgeList
          badges={row.badges}
          contactBadges={row.contactBadges}
          channel={row.channel}
          visitKind="stay"
        />
      </td>
      <td className="py-2 pr-5 pl-3 text-right">
        <ActionCell row={row} isPending={isPending} canCheckIn={canCheckIn} onCheckIn={onCheckIn} />
        {failure ? (
          <p className="mt-1 flex items-start justify-end gap-1 text-left text-xs text-red-800">
            <CircleAlert aria-hidden="true" className="mt-px size-3.5 shrink-0" />
            {failure}
          </p>
        ) : null}
      </td>
    </tr>
  );
});
