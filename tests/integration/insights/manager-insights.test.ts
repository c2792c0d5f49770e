// The manager insights (issue 18) on a small data set whose every figure is worked out by hand in
// the comments: the rollups are built by the refresh job, the data layer reads only them, and a
// manager sees their own locations only.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";
import { getArrivalChannels } from "@/lib/insights/get-arrival-channels";
import { getComplaintInsights } from "@/lib/insights/get-complaint-insights";
import { getDeskContext } from "@/lib/insights/get-desk-context";
import { getDirectRebooking } from "@/lib/insights/get-direct-rebooking";
import { getJourneyPaths } from "@/lib/insights/get-journey-paths";
import { getSurveyFatigue } from "@/lib/insights/get-survey-fatigue";
import { insightRequest } from "@/lib/insights/insight-request";
import { listPathCustomers } from "@/lib/insights/list-path-customers";
import { refreshInsightRollups } from "@/lib/insights/refresh-insight-rollups";
import { saveCommissionRates } from "@/lib/insights/save-commission-rates";
import { insightFiltersSchema } from "@/lib/validation/insights";
import { createActor } from "../../factories/actor-factory";
import { createLocation } from "../../factories/staff-factory";

const url = process.env.DATABASE_URL!;
const pool = new pg.Pool({ connectionString: url, max: 2 });
// A fixed today: the quarter is 2026-03-17 … 2026-06-15, the one before 2025-12-16 … 2026-03-16.
const NOW = new Date("2026-06-15T10:00:00Z");
const TODAY = "2026-06-15";
const at = (iso: string) => new Date(iso);

const place = { h1: "", h2: "", s1: "" };
const staff = { rita: "", sam: "" };
const people: Record<string, string> = {};

async function customer(name: string, firstTouchChannel: string | null, firstTouchSource: string | null) {
  const id = randomUUID();
  await pool.query(
    `INSERT INTO "Customer" (id, "firstName", "lastName", "searchName", "firstTouchChannel", "firstTouchSource", "updatedAt")
     VALUES ($1, $2, 'Test', lower($2 || ' test'), $3::"Channel", $4, now())`,
    [id, name, firstTouchChannel, firstTouchSource],
  );
  people[name] = id;
  return id;
}

async function seen(customerId: string, locationId: string, when: Date) {
  await pool.query(
    `INSERT INTO "CustomerLocation" ("customerId", "locationId", "firstSeenAt", "lastSeenAt") VALUES ($1, $2, $3, $3)
     ON CONFLICT ("customerId", "locationId") DO UPDATE SET "lastSeenAt" = GREATEST("CustomerLocation"."lastSeenAt", EXCLUDED."lastSeenAt"),
       "firstSeenAt" = LEAST("CustomerLocation"."firstSeenAt", EXCLUDED."firstSeenAt")`,
    [customerId, locationId, when],
  );
}

interface EventSpec {
  type: string;
  channel: string;
  at: Date;
  location?: string | null;
  direction?: "inbound" | "outbound";
  createdById?: string | null;
  utmSource?: string;
  utmMedium?: string;
  payload?: Record<string, unknown>;
}

async function event(customerId: string, spec: EventSpec): Promise<string> {
  const id = randomUUID();
  await pool.query(
    `INSERT INTO "JourneyEvent" (id, "customerId", type, channel, direction, "occurredAt", "locationId", source, "sourceEventId",
       summary, "utmSource", "utmMedium", payload, "createdById")
     VALUES ($1::uuid, $2, $3::"EventType", $4::"Channel", $5::"Direction", $6, $7, 'test', $1::text, 'test', $8, $9, $10::jsonb, $11)`,
    [
      id,
      customerId,
      spec.type,
      spec.channel,
      spec.direction ?? "inbound",
      spec.at,
      spec.location ?? null,
      spec.utmSource ?? null,
      spec.utmMedium ?? null,
      spec.payload ? JSON.stringify(spec.payload) : null,
      spec.createdById ?? null,
    ],
  );
  if (spec.location) await seen(customerId, spec.location, spec.at);
  return id;
}

/** A stay that happened (checked out), its booking_created event and, with an amount, its payment. */
async function stay(
  customerId: string,
  location: string,
  channel: string,
  bookedAt: string,
  arrival: string,
  amount?: number,
  status = "checked_out",
) {
  const reference = `T-${randomUUID().slice(0, 8)}`;
  await pool.query(
    `INSERT INTO "Booking" (id, "customerId", "locationId", reference, "arrivalDate", "departureDate", channel, "roomType",
       status, source, "createdAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5::date, $5::date + 2, $6::"Channel", 'Standard double', $7::"BookingStatus", 'test', $8, now())`,
    [randomUUID(), customerId, location, reference, arrival, channel, status, at(bookedAt)],
  );
  await event(customerId, { type: "booking_created", channel, at: at(bookedAt), location });
  if (amount !== undefined)
    await event(customerId, {
      type: "payment",
      channel: "in_person",
      at: at(`${arrival}T18:00:00Z`),
      location,
      payload: { bookingRef: reference, amount: amount.toFixed(2) },
    });
}

async function complaint(
  customerId: string,
  location: string,
  reason: string,
  opened: string,
  closed: string | null,
) {
  await pool.query(
    `INSERT INTO "ServiceCase" (id, "customerId", "locationId", reference, kind, reason, summary, channel, status, "openedAt",
       "closedAt", source, "updatedAt")
     VALUES ($1, $2, $3, $4, 'complaint', $5, $5, 'phone', $6::"CaseStatus", $7, $8, 'test', now())`,
    [
      randomUUID(),
      customerId,
      location,
      `C-${randomUUID().slice(0, 8)}`,
      reason,
      closed ? "resolved" : "open",
      at(opened),
      closed ? at(closed) : null,
    ],
  );
  await seen(customerId, location, at(opened));
}

async function survey(customerId: string, location: string | null, sent: string) {
  const eventId = await event(customerId, {
    type: "survey_sent",
    channel: "email",
    at: at(sent),
    location,
    direction: "outbound",
  });
  await pool.query(
    `INSERT INTO "OutboundContact" ("eventId", "customerId", purpose, channel, "occurredAt", source) VALUES ($1, $2, 'survey', 'email', $3, 'test')`,
    [eventId, customerId, at(sent)],
  );
}

async function view(customerId: string, actorId: string | null, when: string) {
  await pool.query(
    `INSERT INTO "AuditEntry" (id, "occurredAt", "actorId", action, "customerId") VALUES ($1, $2, $3, 'customer.view', $4)`,
    [randomUUID(), at(when), actorId, customerId],
  );
}

async function fact(customerId: string, location: string, recorded: string) {
  await pool.query(
    `INSERT INTO "CustomerFact" (id, "customerId", kind, label, value, source, "locationId", "recordedAt")
     VALUES ($1, $2, 'preference', 'Room', 'Quiet', 'test', $3, $4)`,
    [randomUUID(), customerId, location, at(recorded)],
  );
}

async function refresh(mode: "full" | "incremental" = "full", now = NOW) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await refreshInsightRollups(client, { mode, now });
  } finally {
    await client.end();
  }
}

const request = (actor: Actor, filters: Record<string, unknown> = {}) =>
  insightRequest(actor, insightFiltersSchema.parse({ period: "quarter", ...filters }), TODAY);

let manager: Actor;
let admin: Actor;

beforeAll(async () => {
  place.h1 = await createLocation(url, "HTL-I18A");
  place.h2 = await createLocation(url, "HTL-I18B");
  place.s1 = await createLocation(url, "STR-I18A", "store");
  manager = await createActor("manager", [place.h1]);
  admin = await createActor("admin");
  staff.rita = (await createActor("receptionist", [place.h1])).id;
  staff.sam = (await createActor("store_staff", [place.s1])).id;

  // Ada: first stay through Booking.com (Nov 2025), next stay direct in April for €300.
  const ada = await customer("Ada", "booking_com", "booking_com");
  await stay(ada, place.h1, "booking_com", "2025-10-20T09:00:00Z", "2025-11-10");
  await stay(ada, place.h1, "direct", "2026-03-30T09:00:00Z", "2026-04-10", 300);
  await fact(ada, place.h1, "2025-11-10T16:00:00Z");
  // Ben: Expedia first, Expedia again in May (no amount).
  const ben = await customer("Ben", "expedia", "expedia");
  await stay(ben, place.h1, "expedia", "2025-09-15T09:00:00Z", "2025-10-01");
  await stay(ben, place.h1, "expedia", "2026-04-25T09:00:00Z", "2026-05-02");
  // Cas, at the other hotel: Booking.com first, back through the app in January (previous period), €200.
  const cas = await customer("Cas", "booking_com", "booking_com");
  await stay(cas, place.h2, "booking_com", "2025-08-01T09:00:00Z", "2025-09-01");
  await stay(cas, place.h2, "app", "2026-01-10T09:00:00Z", "2026-01-20", 200);
  // Dina: a Google ad, then a direct booking the next day, arriving 20 April (a campaign visit).
  const dina = await customer("Dina", "web", "google / cpc");
  await event(dina, {
    type: "page_view",
    channel: "web",
    at: at("2026-04-01T20:00:00Z"),
    utmSource: "google",
    utmMedium: "cpc",
  });
  await stay(dina, place.h1, "direct", "2026-04-02T08:00:00Z", "2026-04-20", undefined, "checked_in");
  // Gus: found us searching, looked in the app, booked in the app (a future stay: no visit yet).
  const gus = await customer("Gus", "web", "google / organic");
  await event(gus, {
    type: "page_view",
    channel: "web",
    at: at("2026-05-01T10:00:00Z"),
    utmSource: "google",
    utmMedium: "organic",
  });
  await event(gus, { type: "generic", channel: "app", at: at("2026-05-02T10:00:00Z") });
  await event(gus, {
    type: "booking_created",
    channel: "app",
    at: at("2026-05-03T10:00:00Z"),
    location: place.h1,
  });
  // Eva: a store customer; a pickup in May handed over by Sam after opening her card.
  const eva = await customer("Eva", "store", "store visit");
  await pool.query(
    `INSERT INTO "Order" (id, "customerId", "orderNumber", channel, fulfilment, status, "pickupLocationId", "pickupStatus",
       "placedAt", "totalAmount", source, "updatedAt")
     VALUES ($1, $2, 'I18-1', 'store', 'click_and_collect', 'fulfilled', $3, 'picked_up', $4, 40, 'test', now())`,
    [randomUUID(), eva, place.s1, at("2026-05-10T09:00:00Z")],
  );
  await event(eva, {
    type: "order_placed",
    channel: "store",
    at: at("2026-05-10T09:00:00Z"),
    location: place.s1,
  });
  await fact(eva, place.s1, "2026-02-01T10:00:00Z");
  await view(eva, staff.sam, "2026-05-10T13:50:00Z");
  await event(eva, {
    type: "order_picked_up",
    channel: "store",
    at: at("2026-05-10T14:00:00Z"),
    location: place.s1,
    createdById: staff.sam,
  });

  // Complaints at H1 in the quarter: 10 h and 72 h to resolve, and one still open (since 1 June).
  await complaint(ada, place.h1, "Noisy room", "2026-04-11T10:00:00Z", "2026-04-11T20:00:00Z");
  await complaint(ben, place.h1, "Noisy room", "2026-05-03T09:00:00Z", "2026-05-06T09:00:00Z");
  await complaint(dina, place.h1, "Slow check-in", "2026-06-01T12:00:00Z", null);
  // At H1 in the period before: resolved in 4 days; Ben came back within 180 days (his May stay).
  await complaint(ben, place.h1, "Noisy room", "2025-12-16T10:00:00Z", "2025-12-20T10:00:00Z");
  // At H2 (not the manager's): 24 h.
  await complaint(cas, place.h2, "Noisy room", "2026-04-15T10:00:00Z", "2026-04-16T10:00:00Z");
  // At the store, long ago: 8 days to resolve, and Eva did not come back within 180 days.
  await complaint(eva, place.s1, "Damaged product", "2025-10-01T10:00:00Z", "2025-10-09T10:00:00Z");

  // Surveys at H1: Ada's first (answered the next day) and another 8 days later; Ben's first, one
  // day after changing his address (a trivial interaction).
  await survey(ada, place.h1, "2026-04-12T09:00:00Z");
  await event(ada, { type: "survey_response", channel: "web", at: at("2026-04-13T09:00:00Z") });
  await survey(ada, place.h1, "2026-04-20T09:00:00Z");
  await event(ben, { type: "address_change", channel: "web", at: at("2026-05-04T09:00:00Z") });
  await survey(ben, place.h1, "2026-05-05T09:00:00Z");

  // Desk at H1: Rita checks Ada in after opening her card (Ada has a fact from her first stay);
  // Rita checks Dina in without opening it; the PMS checks Ben in, whose card someone opened.
  await view(ada, staff.rita, "2026-04-10T14:55:00Z");
  await event(ada, {
    type: "check_in",
    channel: "in_person",
    at: at("2026-04-10T15:00:00Z"),
    location: place.h1,
    createdById: staff.rita,
  });
  await event(dina, {
    type: "check_in",
    channel: "in_person",
    at: at("2026-04-20T16:00:00Z"),
    location: place.h1,
    createdById: staff.rita,
  });
  await view(ben, admin.id, "2026-05-02T14:00:00Z");
  await event(ben, {
    type: "check_in",
    channel: "in_person",
    at: at("2026-05-02T15:00:00Z"),
    location: place.h1,
  });
  await event(ada, {
    type: "staff_note",
    channel: "in_person",
    at: at("2026-04-10T15:10:00Z"),
    location: place.h1,
    createdById: staff.rita,
  });
  await event(dina, {
    type: "fact_learned",
    channel: "in_person",
    at: at("2026-04-20T16:05:00Z"),
    location: place.h1,
    createdById: staff.rita,
  });

  await refresh("full");
}, 120_000);

afterAll(async () => {
  await pool.end();
});

describe("how guests find us", () => {
  it("counts the manager's stays by arrival channel and first touch (Ada direct, Ben Expedia, Dina via the ad)", async () => {
    const data = await getArrivalChannels(manager, request(manager));
    expect(data.totals).toEqual([
      { channel: "expedia", current: 1, previous: 0 },
      { channel: "direct_web", current: 1, previous: 0 },
      { channel: "campaign", current: 1, previous: 0 },
    ]);
    expect(data.firstTouch.sort((a, b) => a.visitChannel.localeCompare(b.visitChannel))).toEqual([
      { firstTouch: "campaign", visitChannel: "campaign", visits: 1 },
      { firstTouch: "booking_com", visitChannel: "direct_web", visits: 1 },
      { firstTouch: "expedia", visitChannel: "expedia", visits: 1 },
    ]);
    // Weeks from 17 March: Ada 10 April (week of 7 April), Dina 20 April (14 April), Ben 2 May (28 April).
    expect(data.series.map((row) => [row.bucket, row.channel, row.visits]).sort()).toEqual([
      ["2026-04-07", "direct_web", 1],
      ["2026-04-14", "campaign", 1],
      ["2026-04-28", "expedia", 1],
    ]);
  });

  it("shows an admin every location, the store's pickup order too", async () => {
    const data = await getArrivalChannels(admin, request(admin));
    expect(data.totals).toEqual([
      { channel: "expedia", current: 1, previous: 0 },
      { channel: "direct_web", current: 1, previous: 0 },
      { channel: "app", current: 0, previous: 1 },
      { channel: "walk_in", current: 1, previous: 0 },
      { channel: "campaign", current: 1, previous: 0 },
    ]);
  });
});

describe("direct rebooking", () => {
  it("counts OTA-first guests' next stays and the commission the direct one saved at the default 15%", async () => {
    const data = await getDirectRebooking(manager, request(manager));
    expect(data.current).toEqual({ returns: 2, direct: 1, commissionSaved: 45, directWithoutValue: 0 });
    expect(data.previous).toEqual({ returns: 0, direct: 0, commissionSaved: 0, directWithoutValue: 0 });
    expect(data.byReturnChannel).toEqual([
      { channel: "direct", returns: 1 },
      { channel: "expedia", returns: 1 },
    ]);
  });

  it("uses the rate version of each stay's day, a later version correcting the past included", async () => {
    // From 15 April Booking.com costs 20%: Ada's stay of 10 April keeps 15%.
    await saveCommissionRates(admin, { rates: { booking_com: 20, expedia: 18 }, validFrom: "2026-04-15" });
    expect((await getDirectRebooking(manager, request(manager))).current.commissionSaved).toBe(45);
    // A correction valid from 1 January: 10% for Ada (€30) and for Cas's January stay (€20).
    await saveCommissionRates(admin, {
      rates: { booking_com: 10, expedia: 18 },
      validFrom: "2026-01-01",
      note: "Contract",
    });
    expect((await getDirectRebooking(manager, request(manager))).current.commissionSaved).toBe(30);
    const all = await getDirectRebooking(admin, request(admin));
    expect(all.previous).toEqual({ returns: 1, direct: 1, commissionSaved: 20, directWithoutValue: 0 });
  });

  it("refuses a rate change by a manager, and audits an admin's", async () => {
    await expect(
      saveCommissionRates(manager, { rates: { booking_com: 12, expedia: 18 }, validFrom: TODAY }),
    ).rejects.toThrow(ForbiddenError);
    const { rows } = await pool.query<{ details: { version: number; changes: string[] } }>(
      `SELECT details FROM "AuditEntry" WHERE action = 'commissionRates.update' ORDER BY "occurredAt" DESC LIMIT 1`,
    );
    expect(rows[0]?.details).toMatchObject({ version: 2, changes: ["booking_com: 20% → 10%"] });
  });
});

describe("journey paths", () => {
  it("ranks the roads to a first booking, and follows complaints to a return", async () => {
    const data = await getJourneyPaths(manager, request(manager));
    expect(data.acquisition.paths.map((row) => [row.path, row.current])).toEqual([
      ["ad>book_direct", 1],
      ["search>app>book_direct", 1],
    ]);
    expect(data.complaint.paths.map((row) => [row.path, row.current, row.previous])).toEqual([
      ["complaint>resolved_1d>surveyed>waiting", 1, 0],
      ["complaint>resolved_7d>surveyed>waiting", 1, 0],
      ["complaint>unresolved>waiting", 1, 0],
    ]);
    expect(data.complaint.outcomes).toEqual([
      { outcome: "returned", current: 0, previous: 1 },
      { outcome: "churned", current: 0, previous: 0 },
      { outcome: "waiting", current: 3, previous: 0 },
    ]);
  });

  it("marks a complaint with no visit in the 180 days after it as churned", async () => {
    const { rows } = await pool.query<{ path: string }>(
      `SELECT path FROM "InsightPathDaily" WHERE kind = 'complaint' AND "locationId" = $1`,
      [place.s1],
    );
    expect(rows.map((row) => row.path)).toEqual(["complaint>resolved_later>churned"]);
  });

  it("lists a path's customers the actor may see, and none from another location", async () => {
    const customers = await listPathCustomers(manager, request(manager), "acquisition", "ad>book_direct");
    expect(customers).toEqual([
      { id: people.Dina, name: "Dina Test", day: "2026-04-02", locationId: place.h1 },
    ]);
    const elsewhere = await listPathCustomers(
      manager,
      request(manager, { location: place.s1 }),
      "acquisition",
      "order_store",
    );
    expect(elsewhere).toEqual([]);
    const byAdmin = await listPathCustomers(
      admin,
      request(admin, { location: place.s1 }),
      "acquisition",
      "order_store",
    );
    expect(byAdmin.map((row) => row.name)).toEqual(["Eva Test"]);
  });
});

describe("complaints", () => {
  it("counts opened and closed, the backlog by age, the resolve times and the rate per 100 visits", async () => {
    const data = await getComplaintInsights(manager, request(manager));
    expect(data.totals.opened).toEqual({ current: 3, previous: 1 });
    expect(data.totals.closed).toEqual({ current: 2, previous: 1 });
    // Dina's complaint of 1 June is 14 days old on 15 June; at the end of the period before, none was open.
    expect(data.backlog).toEqual([
      { age: "0-2", current: 0, previous: 0 },
      { age: "3-7", current: 0, previous: 0 },
      { age: "8-30", current: 1, previous: 0 },
      { age: "31+", current: 0, previous: 0 },
    ]);
    // Resolved in 10 h and 72 h: the median is 10 h, 90% within 72 h; the period before 96 h.
    expect(data.resolution.all).toEqual({
      key: "all",
      cases: 2,
      medianHours: 10,
      p90Hours: 72,
      previousMedianHours: 96,
      previousP90Hours: 96,
    });
    expect(data.resolution.byReason).toEqual([
      { key: "Noisy room", cases: 2, medianHours: 10, p90Hours: 72 },
    ]);
    // Three complaints over three stays: 100 per 100.
    expect(data.totals.visits).toEqual({ current: 3, previous: 0 });
    expect(data.perLocation).toEqual([
      { locationId: place.h1, complaints: 3, visits: 3, previousComplaints: 1, previousVisits: 0 },
    ]);
  });

  it("gives a manager who asks for another location nothing from it", async () => {
    const data = await getComplaintInsights(manager, request(manager, { location: place.h2 }));
    expect(data.totals.opened).toEqual({ current: 0, previous: 0 });
    const all = await getComplaintInsights(admin, request(admin));
    expect(all.totals.opened.current).toBe(4);
  });
});

describe("survey fatigue", () => {
  it("splits surveys by days since the previous one, a trivial contact before, and earlier surveys", async () => {
    const data = await getSurveyFatigue(manager, request(manager));
    expect(data.totals.current).toEqual({ sent: 3, responded: 1 });
    const gap = Object.fromEntries(data.byGap.map((row) => [row.gap, row.current]));
    expect(gap.first).toEqual({ sent: 2, responded: 1 });
    expect(gap["7-29"]).toEqual({ sent: 1, responded: 0 });
    expect(data.byTrivial.map((row) => [row.afterTrivial, row.current])).toEqual([
      [false, { sent: 2, responded: 1 }],
      [true, { sent: 1, responded: 0 }],
    ]);
    expect(data.byPrior.map((row) => [row.prior, row.current.sent])).toEqual([
      [0, 2],
      [1, 1],
      [2, 0],
      [3, 0],
    ]);
    expect(data.trivialTrend.filter((row) => row.afterTrivial > 0)).toEqual([
      { bucket: "2026-05-05", isCurrent: true, sent: 1, afterTrivial: 1 },
    ]);
  });
});

describe("context at the desk", () => {
  it("counts check-ins with the card opened first, facts shown again, notes and facts, per staff member", async () => {
    const data = await getDeskContext(manager, request(manager));
    expect(data.current).toEqual({
      actions: 3,
      cardOpened: 2,
      factReuseVisits: 1,
      factsReused: 1,
      notes: 1,
      facts: 1,
    });
    expect(data.byLocation).toEqual([
      { locationId: place.h1, kind: "check_in", previousShare: null, ...data.current },
    ]);
    expect(data.byStaff).toEqual([
      {
        staffUserId: staff.rita,
        name: "Test receptionist",
        actions: 2,
        cardOpened: 1,
        factReuseVisits: 1,
        factsReused: 1,
        notes: 1,
        facts: 1,
      },
    ]);
    expect(data.bySourceSystems).toMatchObject({ actions: 1, cardOpened: 1 });
  });

  it("shows the store's pickups to an admin, with Sam among the staff", async () => {
    const data = await getDeskContext(admin, request(admin, { location: place.s1 }));
    expect(data.current).toMatchObject({ actions: 1, cardOpened: 1, factsReused: 1 });
    expect(data.byStaff.map((row) => row.staffUserId)).toEqual([staff.sam]);
  });
});

describe("long periods", () => {
  it("count a quarter's whole months (April, May) from the monthly rollups where no chart needs its weeks", async () => {
    // The paths and the visits per location above already read them; an admin's visits: Ada, Ben,
    // Dina and Eva in the quarter, Cas in the one before.
    expect((await getComplaintInsights(admin, request(admin))).totals.visits).toEqual({
      current: 4,
      previous: 1,
    });
  });

  it("read whole months from the monthly rollups and give the same figures as reading the days", async () => {
    const year = request(admin, { period: "year", compare: "1" });
    const byDays = { ...year, period: { ...year.period, bucket: "week" as const } };
    expect(year.period.bucket).toBe("month");
    const channels = await getArrivalChannels(admin, year);
    expect(channels.totals).toEqual((await getArrivalChannels(admin, byDays)).totals);
    // Every stay and the store order of the data set lies in the year: eight visits.
    expect(channels.totals.reduce((n, row) => n + row.current + row.previous, 0)).toBe(8);
    expect((await getJourneyPaths(admin, year)).acquisition).toEqual(
      (await getJourneyPaths(admin, byDays)).acquisition,
    );
    expect((await getSurveyFatigue(admin, year)).byGap).toEqual(
      (await getSurveyFatigue(admin, byDays)).byGap,
    );
    expect((await getComplaintInsights(admin, year)).perLocation).toEqual(
      (await getComplaintInsights(admin, byDays)).perLocation,
    );
  });
});

describe("permissions and refresh", () => {
  it("refuses insights to front-line roles", async () => {
    for (const role of ["intern", "receptionist", "store_staff"] as const) {
      const actor = await createActor(role, [place.h1]);
      expect(() => request(actor)).toThrow(ForbiddenError);
      await expect(getDeskContext(actor, request(manager))).rejects.toThrow(ForbiddenError);
    }
  });

  it("an incremental refresh after new activity (of the last 35 days) equals a full rebuild", async () => {
    const hugo = await customer("Hugo", "booking_com", "booking_com");
    await stay(hugo, place.h1, "booking_com", "2026-05-12T09:00:00Z", "2026-05-15");
    await stay(hugo, place.h1, "phone", "2026-06-01T09:00:00Z", "2026-06-10", 150);
    await complaint(hugo, place.h1, "Noisy room", "2026-06-11T09:00:00Z", "2026-06-12T09:00:00Z");
    await survey(hugo, place.h1, "2026-06-12T12:00:00Z");
    const tables = [
      "InsightVisitDaily",
      "InsightRebookDaily",
      "InsightPathDaily",
      "InsightPathCustomer",
      "InsightComplaintCohort",
      "InsightSurveyDaily",
      "InsightDeskDaily",
    ];
    const snapshot = async () => {
      const out: Record<string, unknown[]> = {};
      for (const table of tables)
        out[table] = (await pool.query(`SELECT * FROM "${table}" ORDER BY 1, 2, 3, 4, 5`)).rows;
      return out;
    };
    await refresh("incremental");
    const incremental = await snapshot();
    await refresh("full");
    expect(await snapshot()).toEqual(incremental);
    const data = await getDirectRebooking(manager, request(manager));
    expect(data.current).toMatchObject({ returns: 3, direct: 2, commissionSaved: 45 });
  });
});
