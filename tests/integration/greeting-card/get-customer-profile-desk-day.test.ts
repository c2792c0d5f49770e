// The card's "today" is the desk's own calendar day, wherever the desk is.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { dateOnly, localDate } from "@/lib/time/local-date";
import { createActor } from "@/tests/factories/actor-factory";
import { ok } from "@/tests/helpers/card-section";
import { getCustomerProfile } from "@/lib/greeting-card/get-customer-profile";

const DAY = 86_400_000;

describe("today at the desk", () => {
  it("is the desk location's calendar day, the same day the greeting and the today section use", async () => {
    // A zone whose date differs from Amsterdam's right now: one of them always does.
    const zone = ["Pacific/Kiritimati", "Pacific/Pago_Pago"].find(
      (candidate) => localDate(candidate) !== localDate("Europe/Amsterdam"),
    )!;
    const farHotel = await db.location
      .create({ data: { code: "T-FAR", name: "Test far", type: "hotel", city: "Far", timeZone: zone } })
      .then((l) => l.id);
    const guest = await db.customer.create({
      data: { firstName: "Far", lastName: "Away", locations: { create: [{ locationId: farHotel }] } },
    });
    const deskDay = dateOnly(localDate(zone));
    await db.booking.create({
      data: {
        customerId: guest.id,
        locationId: farHotel,
        reference: "BK-FAR",
        arrivalDate: deskDay,
        departureDate: new Date(deskDay.getTime() + 2 * DAY),
        channel: "direct",
        roomType: "Twin",
        guests: 1,
        status: "confirmed",
        source: "test",
      },
    });
    const receptionist = await createActor("receptionist", [farHotel]);
    const profile = await getCustomerProfile(receptionist, guest.id);
    expect(profile?.deskTimeZone).toBe(zone);
    expect(localDate(profile!.deskTimeZone, profile!.now)).toBe(localDate(zone));
    expect(ok(profile?.today).booking?.reference).toBe("BK-FAR");
  });
});
