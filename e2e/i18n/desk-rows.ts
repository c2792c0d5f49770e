import { randomBytes } from "node:crypto";
import { localDate } from "../../lib/time/local-date";
import { createBooking, createComplaint, createOrder } from "../../tests/factories/board-factory";
import { createCustomer } from "../../tests/factories/customer-factory";
import { e2eDatabase } from "../support/database";

/**
 * One arrival and one pickup for today with the longest names and badges a desk meets, so the layout
 * checks see a real row: a double-barrelled name, a complaint, a returning guest, an OTA booking.
 */
export async function seedLongDeskRows(): Promise<void> {
  const db = e2eDatabase();
  const today = localDate("Europe/Amsterdam");
  const suffix = randomBytes(2).toString("hex");
  const guest = await createCustomer(db, {
    firstName: "Anna-Sophie",
    lastName: `van den Berg-Vermeulen ${suffix}`,
    salutation: "mevrouw",
    firstTouchChannel: "booking_com",
  });
  await createBooking(db, {
    customerId: guest.id,
    locationCode: "HTL-AMS",
    arrivalDate: today,
    channel: "booking_com",
    roomType: "Deluxe tweepersoonskamer met uitzicht op de gracht",
  });
  await createComplaint(db, {
    customerId: guest.id,
    reason: "Geluidsoverlast van de straat in kamer 204, twee nachten achter elkaar",
  });
  const shopper = await createCustomer(db, {
    firstName: "Maximiliaan",
    lastName: `Oosterhuis-Wijnbergen ${suffix}`,
    salutation: "meneer",
  });
  await createOrder(db, {
    customerId: shopper.id,
    locationCode: "STR-AMS",
    readyDate: today,
    lines: [
      { productName: "Bureaulamp messing met verstelbare arm", category: "lighting" },
      { productName: "Linnen kussenhoes 50×50", category: "textiles", quantity: 2 },
    ],
  });
}
