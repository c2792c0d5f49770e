// One customer with personal data in every table that can hold it, free text included, sent through
// the real public API (and the journal, search and audit code staff use). The erasure tests erase
// this person and then search the whole database for the returned terms.
import { randomUUID } from "node:crypto";
import { POST as customersRoute } from "@/app/api/v1/customers/route";
import { POST as eventsRoute } from "@/app/api/v1/events/route";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { searchCustomers } from "@/lib/search/search-customers";
import { db } from "@/lib/db/client";
import { recordJournalEntry } from "@/lib/journal/record-journal-entry";
import { callApi } from "../helpers/api-client";

export interface PersonalCustomer {
  customerId: string;
  email: string;
  /** Everything that must be gone after erasure: names, identifiers, references. */
  terms: string[];
}

async function send(key: string, events: unknown[], idempotencyKey?: string) {
  const response = await callApi(eventsRoute, "/api/v1/events", {
    key,
    body: { events },
    headers: idempotencyKey ? { "idempotency-key": idempotencyKey } : {},
  });
  const body = response.body as { results: { status: string; customerId?: string }[] };
  if (response.status !== 200 || body.results.some((result) => result.status !== "accepted"))
    throw new Error(`ingest failed: ${JSON.stringify(response.body)}`);
  return body;
}

export async function seedPersonalCustomer(
  key: string,
  actor: Actor,
  codes: { hotel: string; store: string },
): Promise<PersonalCustomer> {
  const tag = randomUUID().slice(0, 6);
  const first = `Marijke${tag}`;
  const last = `Vrijwaard${tag}`;
  const email = `marijke.${tag}@erase-test.nl`;
  const phoneDigits = `6123${String(parseInt(tag, 16) % 100_000).padStart(5, "0")}`;
  const externalId = `shop-mv-${tag}`;
  const webUser = `mv-web-${tag}`;
  const loyalty = `LOYMV${tag}`.toUpperCase();
  const booking = `BKMV${tag}`.toUpperCase();
  const order = `ORDMV${tag}`.toUpperCase();
  const caseRef = `CASEMV${tag}`.toUpperCase();
  const identifiers = { email, phone: `+31${phoneDigits}`, externalUserId: externalId, loyaltyId: loyalty };
  const at = (day: number) => `2026-10-${String(day).padStart(2, "0")}T10:00:00+01:00`;

  // A second record of the same person, merged in later through the shared external id.
  const created = await callApi(customersRoute, "/api/v1/customers", {
    key,
    body: {
      customers: [
        { identifiers: { externalUserId: webUser }, traits: { firstName: first, lastName: `${last}-Oud` } },
      ],
    },
  });
  if (created.status !== 200) throw new Error(`customer record failed: ${JSON.stringify(created.body)}`);

  const traits = {
    firstName: first,
    lastName: last,
    street: `Keizersgracht ${tag}`,
    birthDate: "1980-04-02",
  };
  const base = (type: string, day: number, extra: Record<string, unknown> = {}) => ({
    type,
    channel: "web",
    direction: "inbound",
    occurredAt: at(day),
    sourceEventId: `evt-${tag}-${type}-${day}`,
    identifiers,
    ...extra,
  });
  await send(
    key,
    [
      base("booking_created", 1, {
        channel: "booking_com",
        traits,
        booking: {
          reference: booking,
          locationCode: codes.hotel,
          arrivalDate: "2026-12-01",
          departureDate: "2026-12-03",
          roomType: "Double",
          roomNumber: "12",
        },
      }),
      base("order_placed", 2, {
        order: {
          orderNumber: order,
          fulfilment: "click_and_collect",
          totalAmount: 40,
          pickupLocationCode: codes.store,
          lines: [
            { sku: "LAMP-1", productName: "Desk lamp", category: "lighting", quantity: 1, unitPrice: 40 },
          ],
        },
      }),
      base("complaint", 3, {
        channel: "email",
        summary: `${first} ${last} complained; call back on 06-${phoneDigits.slice(1)}`,
        reason: "noise",
        serviceCase: { reference: caseRef, kind: "complaint", reason: `noise near ${last}` },
      }),
      base("consent_changed", 4, { consent: { purpose: "newsletter", channel: "email", status: "granted" } }),
      base("fact_learned", 5, {
        fact: { kind: "preference", label: "Room", value: `${first} likes room 12` },
      }),
      base("survey_sent", 6, { channel: "email", direction: "outbound", payload: { bookingRef: booking } }),
      base("generic", 7, {
        name: `Signup ${email}`,
        sourceEventId: `signup-${email}`,
        campaign: { source: "newsletter", campaign: `winter-${first}` },
        payload: { [email.replace("@", "%40")]: { note: `${last}, ${loyalty}`, order } },
      }),
    ],
    `idem-${tag}`,
  );
  // A later batch ties the two records together: a merge with its snapshot.
  await send(key, [base("page_view", 8, { identifiers: { email, externalUserId: webUser } })]);
  // The batch merged the two records; the survivor holds the email.
  const { customerId } = await db.identity.findFirstOrThrow({
    where: { type: "email", normalizedValue: email },
  });
  const hotel = await db.location.findUniqueOrThrow({ where: { code: codes.hotel } });
  await recordJournalEntry(actor, customerId, {
    kind: "note",
    locationId: hotel.id,
    clientId: randomUUID(),
    text: `Spoke with ${first} ${last} (${email}) about ${order}`,
  });
  await searchCustomers(actor, { q: email });
  await searchCustomers(actor, { q: `${first} ${last}` });
  await recordAudit({ action: "customer.view", actor, customerId, details: { name: `${first} ${last}` } });
  return {
    customerId,
    email,
    terms: [
      first,
      last,
      email,
      phoneDigits,
      externalId,
      webUser,
      loyalty,
      booking,
      order,
      caseRef,
      `Keizersgracht ${tag}`,
    ],
  };
}
