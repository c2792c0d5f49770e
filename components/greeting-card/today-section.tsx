import { BedDouble, ShoppingBag } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { TodayBooking, TodayPickup, TodayVisit } from "@/lib/greeting-card/card-types";
import { formatCalendarDay } from "@/lib/greeting-card/card-dates";
import { SectionEmpty } from "./card-section";

const MAX_LINES = 3;

function Booking({ booking, today }: { booking: TodayBooking; today: string }) {
  const t = useTranslations("card.today");
  const locale = useLocale();
  let headline = t("arriving");
  if (booking.status === "checked_in")
    headline = booking.departureDate === today ? t("leaving") : t("inHouse");
  return (
    <div className="flex gap-2.5">
      <BedDouble aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-brand-600" />
      <div className="min-w-0">
        <p className="font-semibold text-stone-900">{headline}</p>
        <p className="text-stone-800">
          {booking.roomNumber
            ? t("room", { type: booking.roomType, number: booking.roomNumber })
            : t("roomUnassigned", { type: booking.roomType })}
        </p>
        <p className="text-sm text-stone-700">
          {t("nights", { count: booking.nights })} · {t("guests", { count: booking.guests })} ·{" "}
          {t("until", { day: formatCalendarDay(booking.departureDate, locale) })}
        </p>
        <p className="text-xs break-words text-stone-600 lg:truncate">
          {booking.locationName} · {booking.reference}
        </p>
      </div>
    </div>
  );
}

function Pickup({ pickup }: { pickup: TodayPickup }) {
  const t = useTranslations("card.today");
  const shown = pickup.lines.slice(0, MAX_LINES);
  return (
    <div className="flex gap-2.5">
      <ShoppingBag aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-brand-600" />
      <div className="min-w-0">
        <p className="font-semibold break-words text-stone-900">
          {t("collecting", { orderNumber: pickup.orderNumber })}
        </p>
        <ul
          aria-label={t("itemsLabel", { orderNumber: pickup.orderNumber })}
          className="text-sm text-stone-800"
        >
          {shown.map((line, index) => (
            <li key={index} className="break-words">
              {line.quantity} × {line.productName}
            </li>
          ))}
        </ul>
        {pickup.lines.length > shown.length ? (
          <p className="text-xs text-stone-600">
            {t("moreLines", { count: pickup.lines.length - shown.length })}
          </p>
        ) : null}
        <p className="text-xs break-words text-stone-600">{pickup.locationName}</p>
      </div>
    </div>
  );
}

export function TodaySection({ visit, today }: { visit: TodayVisit; today: string }) {
  const t = useTranslations("card");
  if (!visit.booking && visit.pickups.length === 0) return <SectionEmpty>{t("empty.today")}</SectionEmpty>;
  return (
    <div className="space-y-3">
      {visit.booking ? <Booking booking={visit.booking} today={today} /> : null}
      {visit.pickups.map((pickup) => (
        <Pickup key={pickup.orderNumber} pickup={pickup} />
      ))}
    </div>
  );
}
