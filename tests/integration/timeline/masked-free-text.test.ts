// Free text reaches interns masked: a note, a fact, a complaint or a room type that holds an email
// address or a phone number shows on the timeline, in an expanded event and on the greeting card
// with those masked, while colleagues with personal-data access read it as written.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getCustomerProfile } from "@/lib/greeting-card/get-customer-profile";
import { db } from "@/lib/db/client";
import { localDate } from "@/lib/time/local-date";
import { getTimelineEvent } from "@/lib/timeline/get-timeline-event";
import { listTimelineEvents } from "@/lib/timeline/list-timeline-events";
import { actor, customer, location } from "./timeline-fixtures";

const EMAIL = "noor.visser@example.nl";
const PHONE = "06-12345678";
/** What must never reach an intern: the address, and the digits between the first and the last two. */
const SECRETS = ["noor.visser", "example.nl", "12345678", "234567"];

let hotel = "";
let customerId = "";
let noteId = "";
let intern: Actor;
let receptionist: Actor;

beforeAll(async () => {
  hotel = await location("HTL-MFT");
  customerId = await customer([hotel], "Noor");
  const now = new Date();
  const hourAgo = new Date(now.getTime() - 3_600_000);
  const note = await db.journeyEvent.create({
    data: {
      customerId,
      type: "staff_note",
      channel: "in_person",
      direction: "inbound",
      occurredAt: hourAgo,
      locationId: hotel,
      source: "gastvrij",
      sourceEventId: `note-${customerId}`,
      summary: `Wants the invoice at ${EMAIL}; call ${PHONE} when the room is ready`,
      reason: `Asked to use ${EMAIL}`,
      payload: { text: `Mail ${EMAIL}` },
    },
  });
  noteId = note.id;
  // An inbound contact nobody answered yet: the card's attention section lists it.
  await db.journeyEvent.create({
    data: {
      customerId,
      type: "service_contact",
      channel: "phone",
      direction: "inbound",
      occurredAt: new Date(now.getTime() - 7_200_000),
      source: "service-desk",
      sourceEventId: `contact-${customerId}`,
      summary: `Called from ${PHONE} about parking`,
    },
  });
  await db.serviceCase.create({
    data: {
      customerId,
      locationId: hotel,
      reference: `CASE-${customerId.slice(0, 8)}`,
      kind: "complaint",
      reason: `Reply to ${EMAIL}, not the booking address`,
      summary: `Noisy room; reach her on ${PHONE}`,
      channel: "email",
      openedAt: new Date(now.getTime() - 86_400_000),
      source: "service-desk",
    },
  });
  await db.customerFact.create({
    data: {
      customerId,
      kind: "contact_preference",
      label: "Contact",
      value: `Only by email (${EMAIL}) or text ${PHONE}`,
      source: "front-desk",
      locationId: hotel,
      recordedAt: hourAgo,
    },
  });
  const today = localDate("Europe/Amsterdam", now);
  await db.booking.create({
    data: {
      customerId,
      locationId: hotel,
      reference: `BK-${customerId.slice(0, 8)}`,
      arrivalDate: new Date(`${today}T00:00:00Z`),
      departureDate: new Date(new Date(`${today}T00:00:00Z`).getTime() + 2 * 86_400_000),
      channel: "direct",
      roomType: `Double (guest mobile ${PHONE})`,
      guests: 2,
      status: "confirmed",
      source: "test",
    },
  });
  intern = await actor("intern", [hotel]);
  receptionist = await actor("receptionist", [hotel]);
});

function expectMasked(serialized: string) {
  for (const secret of SECRETS) expect(serialized).not.toContain(secret);
  expect(serialized).toContain("n***@e***.nl");
  expect(serialized).toContain("+31 6 ** ** ** 78");
}

describe("free text for an intern", () => {
  it("is masked on the timeline page", async () => {
    const page = await listTimelineEvents(intern, customerId);
    const note = page.events.find((event) => event.id === noteId);
    expect(note?.summary).toBe(
      "Wants the invoice at n***@e***.nl; call +31 6 ** ** ** 78 when the room is ready",
    );
    expectMasked(JSON.stringify(page));
  });

  it("is masked in an expanded event, row and payload alike", async () => {
    const detail = await getTimelineEvent(intern, customerId, noteId);
    expect(detail.reason).toBe("Asked to use n***@e***.nl");
    expectMasked(JSON.stringify(detail));
  });

  it("is masked on the greeting card: facts, attention and today", async () => {
    const profile = await getCustomerProfile(intern, customerId);
    expect(profile?.isMasked).toBe(true);
    const sections = [profile?.facts, profile?.attention, profile?.today];
    for (const section of sections) {
      expect(section?.ok).toBe(true);
      for (const secret of SECRETS) expect(JSON.stringify(section)).not.toContain(secret);
    }
    expectMasked(JSON.stringify(profile));
    if (!profile?.facts.ok || !profile.today.ok) throw new Error("sections failed");
    expect(profile.facts.data.items[0]?.value).toBe("Only by email (n***@e***.nl) or text +31 6 ** ** ** 78");
    expect(profile.today.data.booking?.reference).toBe(`BK-${customerId.slice(0, 8)}`);
  });
});

describe("free text for a receptionist", () => {
  it("reads as written everywhere", async () => {
    const everything = JSON.stringify([
      await listTimelineEvents(receptionist, customerId),
      await getTimelineEvent(receptionist, customerId, noteId),
      await getCustomerProfile(receptionist, customerId),
    ]);
    expect(everything).toContain(EMAIL);
    expect(everything).toContain(PHONE);
    expect(everything).not.toContain("***");
  });
});
