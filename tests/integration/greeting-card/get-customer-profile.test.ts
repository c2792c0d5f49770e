import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { dateOnly, localDate } from "@/lib/time/local-date";
import { createActor } from "@/tests/factories/actor-factory";
import { ok } from "@/tests/helpers/card-section";
import { getCustomerProfile, type CustomerProfile } from "@/lib/greeting-card/get-customer-profile";

const DAY = 86_400_000;
const now = Date.now();
const ago = (days: number) => new Date(now - days * DAY);
const today = localDate("Europe/Amsterdam");
const day = (offset: number) => dateOnly(localDate("Europe/Amsterdam", new Date(now + offset * DAY)));

let hotel = "";
let store = "";
let otherHotel = "";
let annaId = "";
let quietId = "";

let eventSeq = 0;
const event = (type: string, channel: string, direction: "inbound" | "outbound", at: Date, extra = {}) => ({
  customerId: annaId,
  type: type as never,
  channel: channel as never,
  direction,
  occurredAt: at,
  source: "test",
  sourceEventId: `e-${(eventSeq += 1)}`,
  summary: `${type} ${eventSeq}`,
  ...extra,
});

beforeAll(async () => {
  const location = (code: string, type: "hotel" | "store") =>
    db.location.create({ data: { code, name: `Test ${code}`, type, city: "Utrecht" } }).then((l) => l.id);
  hotel = await location("T-HTL", "hotel");
  store = await location("T-STR", "store");
  otherHotel = await location("T-HTL2", "hotel");

  const anna = await db.customer.create({
    data: {
      firstName: "Anna",
      lastName: "de Vries",
      salutation: "mevrouw",
      language: "nl",
      firstTouchChannel: "email",
      firstTouchSource: "newsletter",
      firstSeenAt: new Date("2023-05-02T08:00:00Z"),
      identities: {
        create: [
          { type: "email", rawValue: "Anna@Example.nl", normalizedValue: "anna@example.nl", source: "test" },
          { type: "phone", rawValue: "06 12345678", normalizedValue: "+31612345678", source: "test" },
        ],
      },
      locations: { create: [{ locationId: hotel }, { locationId: store }] },
    },
  });
  annaId = anna.id;
  const booking = (reference: string, arrival: Date, nights: number, status: string, createdAt: Date) =>
    db.booking.create({
      data: {
        customerId: annaId,
        locationId: hotel,
        reference,
        arrivalDate: arrival,
        departureDate: new Date(arrival.getTime() + nights * DAY),
        channel: "booking_com",
        roomType: "Superior king",
        roomNumber: status === "confirmed" ? "412" : null,
        guests: 2,
        status: status as never,
        source: "test",
        createdAt,
      },
    });
  await booking("BK-OLD-1", day(-400), 2, "checked_out", ago(420));
  await booking("BK-OLD-2", day(-200), 1, "checked_out", ago(230));
  await booking("BK-TODAY", dateOnly(today), 3, "confirmed", ago(12));
  const order = (number: string, placedAt: Date, categories: [string, string][], ready: boolean) =>
    db.order.create({
      data: {
        customerId: annaId,
        orderNumber: number,
        channel: "app",
        fulfilment: "click_and_collect",
        status: ready ? "placed" : "fulfilled",
        pickupLocationId: store,
        pickupStatus: ready ? "ready" : "picked_up",
        readyDate: ready ? dateOnly(today) : null,
        pickedUpAt: ready ? null : new Date(placedAt.getTime() + DAY),
        placedAt,
        totalAmount: 50,
        source: "test",
        lines: {
          create: categories.map(([category, productName]) => ({
            sku: productName,
            productName,
            category,
            quantity: 1,
            unitPrice: 25,
          })),
        },
      },
    });
  await order("ORD-OLD", ago(90), [["cables", "Extension cord"]], false);
  await order("ORD-READY", ago(2), [["desk lamps", "Architect desk lamp, black"]], true);
  const association = (consequent: string, lift: number) => ({
    antecedent: "desk lamps",
    consequent,
    pairCount: 500,
    antecedentCount: 1000,
    confidence: 0.5,
    lift,
    computedAt: new Date(),
  });
  await db.categoryAssociation.createMany({
    data: [association("light bulbs", 3.1), association("cables", 2.2), association("desk lamps", 9)],
  });

  await db.serviceCase.create({
    data: {
      customerId: annaId,
      locationId: hotel,
      reference: "CASE-1",
      kind: "complaint",
      reason: "Noisy room",
      summary: "Complaint: noisy room",
      channel: "phone",
      status: "open",
      openedAt: ago(4),
      source: "test",
    },
  });
  await db.journeyEvent.createMany({
    data: [
      event("campaign_click", "email", "inbound", ago(14), { utmSource: "newsletter", utmMedium: "email" }),
      event("complaint", "phone", "inbound", ago(4), { payload: { caseRef: "CASE-1" } }),
      event("order_delayed", "email", "outbound", ago(6), { summary: "Order ORD-9 delayed by two days" }),
      event("service_contact", "chat", "inbound", ago(10)),
      event("service_reply", "chat", "outbound", ago(9)),
      event("info_question", "email", "inbound", ago(2), { summary: "Asked about parking for a van" }),
      event("booking_cancelled", "booking_com", "inbound", ago(60)),
    ],
  });
  const fact = (kind: string, label: string, value: string, at: Date) => ({
    customerId: annaId,
    kind: kind as never,
    label,
    value,
    source: "front-desk",
    recordedAt: at,
    locationId: hotel,
  });
  await db.customerFact.createMany({
    data: [
      fact("dietary", "Dietary", "Gluten-free", ago(100)),
      fact("dietary", "Dietary", "Gluten-free", ago(300)),
      fact("feedback_given", "Already gave feedback", "On 12 Nov, about the stay", ago(11)),
    ],
  });
  quietId = (
    await db.customer.create({ data: { firstName: "Quiet", locations: { create: [{ locationId: hotel }] } } })
  ).id;
});

describe("getCustomerProfile", () => {
  let admin: Actor;
  let profile: CustomerProfile | null;
  beforeAll(async () => {
    admin = await createActor("admin");
    profile = await getCustomerProfile(admin, annaId);
  });

  it("returns null for a malformed or unknown id instead of throwing", async () => {
    expect(await getCustomerProfile(admin, "not-a-uuid")).toBeNull();
    expect(await getCustomerProfile(admin, '\'; drop table "Customer"; --')).toBeNull();
    expect(await getCustomerProfile(admin, randomUUID())).toBeNull();
  });

  it("loads today's booking with the campaign that led to it, and today's pickup with its lines", () => {
    const visit = ok(profile?.today);
    expect(visit.booking).toMatchObject({
      reference: "BK-TODAY",
      arrivalDate: today,
      nights: 3,
      roomNumber: "412",
      channel: "booking_com",
      campaignSource: "newsletter / email",
    });
    expect(visit.pickups).toHaveLength(1);
    expect(visit.pickups[0]).toMatchObject({
      orderNumber: "ORD-READY",
      lines: [{ productName: "Architect desk lamp, black", category: "desk lamps", quantity: 1 }],
    });
  });

  it("lists the open complaint, the recent delay and the unanswered question, once each", () => {
    const attention = ok(profile?.attention);
    expect(attention.cases).toMatchObject([{ reference: "CASE-1", reason: "Noisy room", status: "open" }]);
    expect(attention.openCaseCount).toBe(1);
    expect(attention.problems.map((p) => p.summary)).toEqual(["Order ORD-9 delayed by two days"]);
    // The complaint belongs to the open case and the chat was answered: only the question is left.
    expect(attention.unanswered.map((u) => u.summary)).toEqual(["Asked about parking for a van"]);
  });

  it("counts earlier stays and orders, not today's", () => {
    const relationship = ok(profile?.relationship);
    expect(relationship).toMatchObject({ previousStays: 2, previousOrders: 1 });
    expect(relationship.lastStay?.locationName).toBe("Test T-HTL");
    expect(relationship.latestOrder?.lines[0]?.category).toBe("desk lamps");
  });

  it("shows each known fact once, newest first, with its source", () => {
    const facts = ok(profile?.facts);
    expect(facts.items.map((f) => [f.label, f.value, f.source])).toEqual([
      ["Already gave feedback", "On 12 Nov, about the stay", "front-desk"],
      ["Dietary", "Gluten-free", "front-desk"],
    ]);
    expect(facts.hasMore).toBe(false);
  });

  it("advises on what they collect today, never another desk lamp nor what they bought before", () => {
    const advice = ok(profile?.advice);
    expect(advice.basis).toBe("pickup");
    expect(advice.items.map((a) => a.category)).toEqual(["light bulbs"]);
    expect(advice.items[0]?.explanation).toBe("Often bought with the desk lamp you collect today");
  });

  it("gives empty sections, not errors, for a customer with no history", async () => {
    const quiet = await getCustomerProfile(admin, quietId);
    expect(ok(quiet?.today)).toEqual({ booking: null, pickups: [] });
    expect(ok(quiet?.attention)).toEqual({ cases: [], openCaseCount: 0, problems: [], unanswered: [] });
    expect(ok(quiet?.facts)).toEqual({ items: [], hasMore: false });
    expect(ok(quiet?.advice)).toEqual({ items: [], basis: "none" });
    expect(ok(quiet?.relationship)).toMatchObject({ previousStays: 0, previousOrders: 0, latestOrder: null });
  });
});

describe("scoping, masking and audit", () => {
  it("answers null (404) to staff of another hotel, and records no view", async () => {
    const outsider = await createActor("receptionist", [otherHotel]);
    expect(await getCustomerProfile(outsider, annaId)).toBeNull();
    expect(await db.auditEntry.count({ where: { actorId: outsider.id } })).toBe(0);
  });

  it("shows a receptionist the booking at their hotel but not a pickup at a store they don't work at", async () => {
    const receptionist = await createActor("receptionist", [hotel]);
    const visit = ok((await getCustomerProfile(receptionist, annaId))?.today);
    expect(visit.booking?.reference).toBe("BK-TODAY");
    expect(visit.pickups).toEqual([]);
  });

  it("masks email and phone for an intern, and records no view (the page does)", async () => {
    const intern = await createActor("intern", [hotel]);
    const seen = await getCustomerProfile(intern, annaId);
    expect(seen?.isMasked).toBe(true);
    const serialized = JSON.stringify(seen);
    expect(serialized).not.toContain("anna@example.nl");
    expect(serialized).not.toContain("12345678");
    expect(seen?.identities.map((i) => i.rawValue)).toEqual(["a***@e***.nl", "+31 6 ** ** ** 78"]);
    expect(
      await db.auditEntry.count({
        where: { actorId: intern.id, action: "customer.view", customerId: annaId },
      }),
    ).toBe(0);
  });
});
