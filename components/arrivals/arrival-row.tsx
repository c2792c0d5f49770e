import { CircleAlert, CircleCheck, LoaderCircle, UserCheck } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { memo } from "react";
import { CustomerBadgeList } from "@/components/boards/customer-badges";
import { CustomerLink } from "@/components/customers/customer-link";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ArrivalRow } from "@/lib/boards/board-types";
import { formatTime } from "@/lib/format/dates";

// Below lg the table's rows are cards: a grid with the name and the check-in on the first line, then
// (a failed check-in's reason and) the room and the badges across the full width. From lg on they are ordinary table rows. The
// explicit roles keep the table's meaning for screen readers while CSS changes how it is drawn.

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
  const t = useTranslations("arrivals.row");
  const locale = useLocale();
  if (isPending) {
    return (
      <span className="inline-flex min-h-11 items-center gap-1.5 text-sm text-stone-600" role="status">
        <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />
        {t("checkingIn")}
      </span>
    );
  }
  if (row.status === "checked_in" || row.status === "checked_out") {
    return (
      <span className="inline-flex items-center gap-1.5 text-sm font-medium text-brand-700">
        <CircleCheck aria-hidden="true" className="size-4 shrink-0" />
        {row.status === "checked_out"
          ? t("checkedOut")
          : row.checkedInAt
            ? t("checkedInAt", { time: formatTime(new Date(row.checkedInAt), locale) })
            : t("checkedIn")}
      </span>
    );
  }
  if (row.status === "no_show") return <span className="text-sm text-stone-600">{t("noShow")}</span>;
  if (!canCheckIn) return null;
  if (!row.canCheckIn) return <span className="text-sm text-stone-600">{t("expected")}</span>;
  return (
    <Button
      className="h-11"
      onClick={() => onCheckIn(row)}
      aria-label={t("checkInGuest", { name: row.customer.name })}
    >
      <UserCheck aria-hidden="true" />
      {t("checkIn")}
    </Button>
  );
}

function Failure({ message, className }: { message: string; className?: string }) {
  return (
    <p className={cn("flex items-start gap-1 text-left text-sm text-red-800", className)}>
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      {message}
    </p>
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
  const t = useTranslations("arrivals.row");
  return (
    <tr
      role="row"
      className={cn(
        "grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-2 px-4 py-3 align-top transition-colors",
        "lg:table-row lg:p-0 lg:hover:bg-stone-50",
        failure && "bg-red-50/60",
      )}
    >
      <td role="cell" className="min-w-0 lg:py-2 lg:pr-3 lg:pl-5 lg:align-top">
        <CustomerLink
          customerId={row.customer.id}
          className="inline-flex min-h-11 items-center text-base font-semibold break-words text-stone-900 hover:underline lg:min-h-10"
        >
          {row.customer.name}
        </CustomerLink>
        <span className="block font-mono text-xs text-stone-600">{row.reference}</span>
      </td>
      <td role="cell" className="col-span-2 text-sm lg:px-3 lg:py-2 lg:align-top lg:pt-4">
        {failure ? <Failure message={failure} className="mb-2 lg:hidden" /> : null}
        <span className="font-medium text-stone-800">
          {t("nights", { count: row.nights })}
          {row.roomNumber ? ` · ${t("room", { number: row.roomNumber })}` : ""}
        </span>
        <span aria-hidden="true" className="text-stone-600 lg:hidden">
          {" · "}
        </span>
        <span className="text-stone-600 lg:block lg:text-xs">
          {row.roomType} · {t("guests", { count: row.guests })}
        </span>
      </td>
      <td role="cell" className="col-span-2 lg:px-3 lg:py-3 lg:align-top">
        <CustomerBadgeList
          badges={row.badges}
          contactBadges={row.contactBadges}
          channel={row.channel}
          visitKind="stay"
        />
      </td>
      <td
        role="cell"
        className="col-start-2 row-start-1 flex items-start justify-end text-right lg:table-cell lg:py-2 lg:pr-5 lg:pl-3 lg:align-top"
      >
        <ActionCell row={row} isPending={isPending} canCheckIn={canCheckIn} onCheckIn={onCheckIn} />
        {failure ? <Failure message={failure} className="mt-1 max-lg:hidden" /> : null}
      </td>
    </tr>
  );
});
