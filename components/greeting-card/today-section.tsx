import { BedDouble, ShoppingBag } from "lucide-react";
import type { TodayBooking, TodayPickup, TodayVisit } from "@/lib/greeting-card/card-types";
import { formatCalendarDay } from "@/lib/greeting-card/card-dates";
import { cardCopy } from "./card-copy";
import { SectionEmpty } from "./card-section";

const MAX_LINES = 3;
const copy = cardCopy.today;

function bookingHeadline(booking: TodayBooking, today: string): string {
  if (booking.status !== "checked_in") return copy.arriving;
  return booking.departureDate === today ? copy.leaving : copy.inHouse;
}

function Booking({ booking, today }: { booking: TodayBooking; today: string }) {
  return (
    <div className="flex gap-2.5">
      <BedDouble aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-brand-600" />
      <div className="min-w-0">
        <p className="font-semibold text-stone-900">{bookingHeadline(booking, today)}</p>
        <p className="text-stone-800">{copy.room(booking.roomType, booking.roomNumber)}</p>
        <p className="text-sm text-stone-600">
          {copy.nights(booking.nights)} · {copy.guests(booking.guests)} ·{" "}
          {copy.until(formatCalendarDay(booking.departureDate))}
        </p>
        <p className="truncate text-xs text-stone-500">
          {booking.locationName} · {booking.reference}
        </p>
      </div>
    </div>
  );
}

function Pickup({ pickup }: { pickup: TodayPickup }) {
  const shown = pickup.lines.slice(0, MAX_LINES);
  return (
    <div className="flex gap-2.5">
      <ShoppingBag aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-brand-600" />
      <div className="min-w-0">
        <p className="font-semibold text-stone-900">{copy.collecting(pickup.orderNumber)}</p>
        <ul aria-label={`Items in order ${pickup.orderNumber}`} className="text-sm text-stone-800">
          {shown.map((line, index) => (
            <li key={index} className="truncate">
              {line.quantity} × {line.productName}
            </li>
          ))}
        </ul>
        {pickup.lines.length > shown.length ? (
          <p className="text-xs text-stone-500">{copy.moreLines(pickup.lines.length - shown.length)}</p>
        ) : null}
        <p className="truncate text-xs text-stone-500">{pickup.locationName}</p>
      </div>
    </div>
  );
}

export function TodaySection({ visit, today }: { visit: TodayVisit; today: string }) {
  if (!visit.booking && visit.pickups.length === 0)
    return <SectionEmpty>{cardCopy.empty.today}</SectionEmpty>;
  return (
    <div className="space-y-3">
      {visit.booking ? <Booking booking={visit.booking} today={today} /> : null}
      {visit.pickups.map((pickup) => (
        <Pickup key={pickup.orderNumber} pickup={pickup} />
      ))}
    </div>
  );
}
