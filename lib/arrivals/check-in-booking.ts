import "server-only";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { boardCopy } from "@/lib/boards/board-copy";
import { GASTVRIJ_SOURCE } from "@/lib/boards/gastvrij-source";
import { db } from "@/lib/db/client";
import { upsertCustomerLocations } from "@/lib/ingest/write-customer-locations";
import { localDate } from "@/lib/time/local-date";
import { checkInSchema } from "@/lib/validation/boards";
import { parseInput } from "@/lib/validation/parse";
import { forgetContactBadges } from "@/lib/contact-pressure/contact-badge-cache";

export interface CheckInResult {
  bookingId: string;
  status: "checked_in";
  checkedInAt: string;
  /** True when an earlier click (or a colleague) had already checked the guest in. */
  wasAlreadyCheckedIn: boolean;
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const refuse = (message: string) => new ValidationError(message, [{ path: "bookingId", message }]);

const STATUS_REFUSALS = {
  cancelled: boardCopy.errors.bookingCancelled,
  checked_out: boardCopy.errors.bookingCheckedOut,
  no_show: boardCopy.errors.bookingNoShow,
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

  // The customer whose board badges this write may change (an admin can list it as trivial).
  let touched: string | null = null;
  const result = await db.$transaction(async (tx): Promise<CheckInResult> => {
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
    if (!booking) throw new NotFoundError(boardCopy.errors.noSuchBooking);
    if (booking.status === "checked_in") {
      const at = booking.checkedInAt ?? new Date();
      return { bookingId, status: "checked_in", checkedInAt: at.toISOString(), wasAlreadyCheckedIn: true };
    }
    if (booking.status !== "confirmed") throw refuse(STATUS_REFUSALS[booking.status]);
    const today = localDate(booking.location.timeZone);
    const arrival = day(booking.arrivalDate);
    const departure = day(booking.departureDate);
    if (today < arrival) throw refuse(boardCopy.errors.bookingNotYet(arrival));
    if (today >= departure && today !== arrival) throw refuse(boardCopy.errors.bookingOver(departure));

    touched = booking.customerId;
    const now = new Date();
    await tx.booking.update({ where: { id: bookingId }, data: { status: "checked_in", checkedInAt: now } });

    await tx.journeyEvent.createMany({
      data: {
        customerId: booking.customerId,
        type: "check_in",
        channel: "in_person",
        direction: "inbound",
        occurredAt: now,
        locationId: booking.locationId,
        source: GASTVRIJ_SOURCE,
        sourceEventId: `check_in:${booking.id}`,
        summary: boardCopy.events.checkIn(booking.location.name, booking.roomNumber),
        payload: { bookingRef: booking.reference, bookingId: booking.id },
        createdById: actor.id,
      },
      skipDuplicates: true,
    });
    await tx.customer.updateMany({
      where: { id: booking.customerId, OR: [{ lastSeenAt: null }, { lastSeenAt: { lt: now } }] },
      data: { lastSeenAt: now },
    });
    await upsertCustomerLocations(tx, [
      { customerId: booking.customerId, locationId: booking.locationId, at: now },
    ]);
    await recordAudit(
      {
        action: "booking.checkIn",
        actor,
        customerId: booking.customerId,
        details: { bookingId: booking.id, reference: booking.reference, locationId: booking.locationId },
      },
      tx,
    );
    return { bookingId, status: "checked_in", checkedInAt: now.toISOString(), wasAlreadyCheckedIn: false };
  });
  if (touched) forgetContactBadges([touched]);
  return result;
}
