// A customer with a given text in every free-text field Gastvrij stores for them: names and city,
// first touch, events (summary, reason, name, source id, UTM values, payload keys and nested values,
// referrer), an open complaint, a fact, today's booking and a ready click-and-collect order.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { localDate } from "@/lib/time/local-date";
import { withClient } from "../timeline/timeline-fixtures";

export type FreeTextSeed = { hotel: string; store: string; texts: string[]; keys: string[] };

/** Letters only: a digit next to a generated number would change the number. */
const letters = (length: number) =>
  Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

/** Returns the customer's id and surname (unique, to search by). */
export async function seedFreeTextCustomer({ hotel, store, texts, keys }: FreeTextSeed) {
  let n = 0;
  const text = () => texts[n++ % texts.length] ?? "";
  const id = randomUUID();
  const tag = letters(12);
  const surname = `Pii${tag}`;
  await withClient(async (client) => {
    await client.query(
      `INSERT INTO "Customer" (id, "firstName", "lastName", "preferredName", city, "firstTouchSource", "searchName", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
      [id, text(), surname, text(), text(), text(), surname.toLowerCase()],
    );
    for (const location of [hotel, store])
      await client.query(`INSERT INTO "CustomerLocation" ("customerId", "locationId") VALUES ($1, $2)`, [
        id,
        location,
      ]);
  });
  const now = Date.now();
  const payload = {
    ...Object.fromEntries(keys.map((key) => [key, text()])),
    note: text(),
    context: { page: { referrer: `https://mail.example/?r=${encodeURIComponent(text())}`, title: text() } },
    traits: [{ [keys[0] ?? "k"]: { deeper: [text()] } }, text()],
    lines: [{ sku: text(), productName: text(), category: text() }],
  };
  const events = ["staff_note", "service_contact", "campaign_click", "order_cancelled"] as const;
  for (const [i, type] of events.entries())
    await db.journeyEvent.create({
      data: {
        customerId: id,
        type,
        channel: type === "campaign_click" ? "email" : "phone",
        direction: "inbound",
        occurredAt: new Date(now - (i + 1) * 3_600_000),
        locationId: hotel,
        source: `src-${tag}-${i}`,
        sourceEventId: text(),
        name: text(),
        summary: text(),
        reason: text(),
        utmSource: text(),
        utmMedium: text(),
        utmCampaign: text(),
        payload,
      },
    });
  await db.serviceCase.create({
    data: {
      customerId: id,
      locationId: hotel,
      reference: `CASE-${tag}-${text()}`,
      kind: "complaint",
      reason: text(),
      summary: text(),
      channel: "email",
      openedAt: new Date(now - 86_400_000),
      source: text(),
    },
  });
  await db.customerFact.create({
    data: {
      customerId: id,
      kind: "preference",
      label: text(),
      value: text(),
      source: text(),
      locationId: hotel,
      recordedAt: new Date(now - 60_000),
    },
  });
  const today = new Date(`${localDate("Europe/Amsterdam", new Date())}T00:00:00Z`);
  await db.booking.create({
    data: {
      customerId: id,
      locationId: hotel,
      reference: `BK-${tag}-${text()}`,
      arrivalDate: today,
      departureDate: new Date(today.getTime() + 2 * 86_400_000),
      channel: "direct",
      roomType: text(),
      roomNumber: text(),
      status: "confirmed",
      source: "test",
    },
  });
  await db.order.create({
    data: {
      customerId: id,
      orderNumber: `ORD-${tag}-${text()}`,
      channel: "web",
      fulfilment: "click_and_collect",
      pickupLocationId: store,
      pickupStatus: "ready",
      readyDate: today,
      placedAt: new Date(now - 2 * 86_400_000),
      totalAmount: "19.95",
      source: "test",
      lines: {
        create: [{ sku: text(), productName: text(), category: text(), quantity: 1, unitPrice: "19.95" }],
      },
    },
  });
  return { id, surname };
}
