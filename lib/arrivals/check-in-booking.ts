import "server-only";
import type { Messages } from "next-intl";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { deskEventSummaries } from "@/lib/boards/desk-event-summaries";
import { DeskNotFound, DeskRefusal } from "@/lib/boards/desk-errors";
import { recordDeskEvent, runDeskAction } from "@/lib/boards/record-desk-event";
import { localDate } from "@/lib/time/local-date";
import { checkInSchema } from "@/lib/validation/boards";
import { parseInput } from "@/lib/validation/parse";

export interface CheckInResult {
  bookingId: string;
  status: "checked_in";
  checkedInAt: string;
  /** True when an earlier click (or a colleague) had already checked the guest in. */
  wasAlreadyCheckedIn: boolean;
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const refuse = (key: keyof Messages["arrivals"]["errors"], message: string) =>
  new DeskRefusal("bookingId", { key: `arrivals.errors.${key}` }, message);

const STATUS_REFUSALS = {
  cancelled: () => refuse("bookingCancelled", "This booking was cancelled."),
  checked_out: () => refuse("bookingCheckedOut", "This guest has already checked out."),
  no_show: () => refuse("bookingNoShow", "This booking was marked as a no-show."),
} as const;

/**
 * Checks a guest in: the booking becomes checked_in, a check_in event joins the journey, and the
 * audit log says who did it, all in one transaction. A second click, a retry or a colleague's
 * simultaneous click changes nothing and answers the first check-in.
 */
export async function checkInBooking(actor: Actor, input: unknown): Promise<CheckInResult> {
  assertCan(actor, "arrivals.checkIn");
  const { bookingId } = parseInput(checkInSchema, input);
  const scope = locationScope(actor);

  return runDeskAction(async (tx) => {
    // Lock first: of two simultaneous clicks, the second waits here, then sees the first's check-in.
    // Only a booking at the actor's own hotels is ever locked.
    await tx.$queryRaw`SELECT 1 FROM "Booking" WHERE id = ${bookingId}::uuid
      AND (${scope === null} OR "locationId" = ANY(${scope ?? []}::uuid[])) FOR UPDATE`;
    const booking = await tx.booking.findFirst({
      where: { id: bookingId, ...(scope ? { locationId: { in: scope } } : {}) },
      select: {
        id: true,
        customerId: true,
        locationId: true,
        reference: true,
        arrivalDate: true,
        departureDate: true,
        roomNumber: true,
        status: true,
        checkedInAt: true,
        location: { select: { name: true, timeZone: true } },
      },
    });
    if (!booking)
      throw new DeskNotFound({ key: "arrivals.errors.noSuchBooking" }, "No such booking among your hotels.");
    if (booking.status === "checked_in") {
      const at = booking.checkedInAt ?? new Date();
      const result: CheckInResult = {
        bookingId,
        status: "checked_in",
        checkedInAt: at.toISOString(),
        wasAlreadyCheckedIn: true,
      };
      return { result, touchedCustomerId: null };
    }
    if (booking.status !== "confirmed") throw STATUS_REFUSALS[booking.status]();
    const today = localDate(booking.location.timeZone);
    const arrival = day(booking.arrivalDate);
    const departure = day(booking.departureDate);
    if (today < arrival) {
      throw refuse("bookingNotYet", `This booking arrives on ${arrival}; check in from that day.`);
    }
    if (today >= departure && today !== arrival) {
      throw refuse("bookingOver", `This stay ended on ${departure}.`);
    }

    const now = new Date();
    await tx.booking.update({ where: { id: bookingId }, data: { status: "checked_in", checkedInAt: now } });

    await recordDeskEvent(
      tx,
      actor,
      {
        customerId: booking.customerId,
        locationId: booking.locationId,
        type: "check_in",
        channel: "in_person",
        sourceEventId: `check_in:${booking.id}`,
        summary: deskEventSummaries.checkIn(booking.location.name, booking.roomNumber),
        payload: { bookingRef: booking.reference, bookingId: booking.id },
        audit: {
          action: "booking.checkIn",
          details: { bookingId: booking.id, reference: booking.reference, locationId: booking.locationId },
        },
      },
      now,
    );
    const result: CheckInResult = {
      bookingId,
      status: "checked_in",
      checkedInAt: now.toISOString(),
      wasAlreadyCheckedIn: false,
    };
    return { result, touchedCustomerId: booking.customerId };
  });
}
