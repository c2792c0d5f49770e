// Every insights rollup equals the same aggregate computed here, in plain TypeScript, from the raw
// rows of a seeded data set (300 demo customers with their desk history): the refresh job's SQL and
// an independent reading of the definitions in docs/insights.md must agree, row for row.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshInsightRollups } from "@/lib/insights/refresh-insight-rollups";
import { seedDeskHistory } from "@/prisma/seed/desk-history";
import { upsertLocations } from "@/prisma/seed/locations";
import { seedCustomers } from "@/prisma/seed/seed-customers";
import { amsterdamDay, amsterdamTime, dayString } from "@/prisma/seed/time";
import { seedToday } from "@/prisma/seed/today";

const NOW = new Date("2026-11-23T09:30:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NIL = "00000000-0000-0000-0000-000000000000";
let client: pg.Client;

const localDay = (ms: number) => dayString(amsterdamDay(ms));
const dayStartMs = (day: string) => amsterdamTime(Date.parse(`${day}T00:00:00Z`) / DAY, 0);
const ms = (column: string, alias = column.replace(/^.*\./, "").replaceAll('"', "")) =>
  `(extract(epoch FROM ${column}) * 1000)::float8 AS "${alias}"`;

async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await client.query(sql, params)).rows as T[];
}

/** A map of key → summed values, for comparing a rollup with a computed aggregate. */
function tally<T>(
  items: T[],
  key: (item: T) => string,
  values: (item: T) => number[],
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const item of items) {
    const add = values(item);
    const sum = out.get(key(item)) ?? add.map(() => 0);
    out.set(
      key(item),
      sum.map((value, index) => Math.round((value + add[index]!) * 100) / 100),
    );
  }
  return new Map([...out].sort((a, b) => a[0].localeCompare(b[0])));
}

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("SET synchronous_commit = off");
  const locations = await upsertLocations(client);
  const today = amsterdamDay(NOW.getTime());
  await seedCustomers(
    client,
    { locations, now: amsterdamTime(today, 0), today },
    300,
    new Map(),
    () => undefined,
  );
  await seedToday(client, locations, NOW.getTime(), today, 300);
  await seedDeskHistory(client, locations, NOW.getTime());
  await client.query("ANALYZE");
  await refreshInsightRollups(client, { mode: "full", now: NOW });
}, 180_000);

afterAll(async () => {
  await client?.end();
});

describe("the rollups equal the raw aggregates", () => {
  it("monthly rollups are their daily rows summed per calendar month", async () => {
    for (const [daily, monthly, keys, counts] of [
      [
        "InsightVisitDaily",
        "InsightVisitMonthly",
        `"locationId", kind, "visitChannel", "firstTouch"`,
        "visits",
      ],
      ["InsightPathDaily", "InsightPathMonthly", `kind, "locationId", path`, "customers"],
      [
        "InsightSurveyDaily",
        "InsightSurveyMonthly",
        `"locationId", gap, "priorSurveys", "afterTrivial"`,
        "sent, responded",
      ],
    ]) {
      const sums = counts!
        .split(", ")
        .map((count) => `sum(${count})::int`)
        .join(", ");
      const fromDays = await rows(
        `SELECT date_trunc('month', day)::date::text AS month, ${keys}, ${sums} FROM "${daily}" GROUP BY 1, ${keys} ORDER BY 1, ${keys}`,
      );
      const fromMonths = await rows(
        `SELECT month::text, ${keys}, ${sums} FROM "${monthly}" GROUP BY 1, ${keys} ORDER BY 1, ${keys}`,
      );
      expect(fromMonths.length, monthly).toBeGreaterThan(0);
      expect(fromMonths, monthly).toEqual(fromDays);
    }
  });

  it("visits: stays by arrival day and orders by the day placed, per location; OTA channels exactly", async () => {
    const stays = await rows<{ day: string; locationId: string; channel: string }>(
      `SELECT "arrivalDate"::text AS day, "locationId", channel::text FROM "Booking" WHERE status IN ('checked_in', 'checked_out')`,
    );
    const orders = await rows<{ placedAt: number; locationId: string }>(
      `SELECT ${ms('"placedAt"')}, "pickupLocationId" AS "locationId" FROM "Order" WHERE status <> 'cancelled' AND "pickupLocationId" IS NOT NULL`,
    );
    const raw = [
      ...stays.map((s) => ({ key: `${s.day}|${s.locationId}|stay` })),
      ...orders.map((o) => ({ key: `${localDay(o.placedAt)}|${o.locationId}|order` })),
    ];
    const rollup = await rows<{
      day: string;
      locationId: string;
      kind: string;
      visits: number;
      visitChannel: string;
    }>(`SELECT day::text, "locationId", kind, "visitChannel", visits FROM "InsightVisitDaily"`);
    expect(raw.length).toBeGreaterThan(100);
    expect(
      tally(
        rollup,
        (r) => `${r.day}|${r.locationId}|${r.kind}`,
        (r) => [r.visits],
      ),
    ).toEqual(
      tally(
        raw,
        (r) => r.key,
        () => [1],
      ),
    );
    const ota = ["booking_com", "expedia", "travel_agent"];
    expect(
      tally(
        rollup.filter((r) => r.kind === "stay" && ota.includes(r.visitChannel)),
        (r) => `${r.locationId}|${r.visitChannel}`,
        (r) => [r.visits],
      ),
    ).toEqual(
      tally(
        stays.filter((s) => ota.includes(s.channel)),
        (s) => `${s.locationId}|${s.channel}`,
        () => [1],
      ),
    );
  });

  it("direct rebooking: OTA-first guests' next stays, with the amounts paid against them", async () => {
    const stays = await rows<{
      id: string;
      customerId: string;
      locationId: string;
      day: string;
      channel: string;
      reference: string;
      createdAt: number;
    }>(
      `SELECT id::text, "customerId", "locationId", "arrivalDate"::text AS day, channel::text, reference, ${ms('"createdAt"')}
       FROM "Booking" WHERE status IN ('checked_in', 'checked_out')`,
    );
    const payments = await rows<{
      customerId: string;
      occurredAt: number;
      ref: string | null;
      amount: string | null;
    }>(
      `SELECT "customerId", ${ms('"occurredAt"')}, payload->>'bookingRef' AS ref, payload->>'amount' AS amount
       FROM "JourneyEvent" WHERE type = 'payment'`,
    );
    const byCustomer = new Map<string, typeof stays>();
    for (const stay of stays)
      byCustomer.set(stay.customerId, [...(byCustomer.get(stay.customerId) ?? []), stay]);
    const raw: { key: string; valued: number; value: number }[] = [];
    for (const list of byCustomer.values()) {
      list.sort(
        (a, b) => a.day.localeCompare(b.day) || a.createdAt - b.createdAt || a.id.localeCompare(b.id),
      );
      const [first, next] = list;
      if (!first || !next || !["booking_com", "expedia"].includes(first.channel)) continue;
      const paid = payments.filter(
        (p) =>
          p.customerId === next.customerId &&
          p.ref === next.reference &&
          p.occurredAt >= next.createdAt - DAY &&
          /^[0-9]+(\.[0-9]+)?$/.test(p.amount ?? ""),
      );
      raw.push({
        key: `${next.day}|${next.locationId}|${first.channel}|${next.channel}`,
        valued: paid.length > 0 ? 1 : 0,
        value: paid.reduce((sum, p) => sum + Number(p.amount), 0),
      });
    }
    const rollup = await rows<{ key: string; returns: number; valuedReturns: number; returnValue: string }>(
      `SELECT day::text || '|' || "locationId" || '|' || "firstChannel" || '|' || "returnChannel" AS key, returns, "valuedReturns", "returnValue"::text
       FROM "InsightRebookDaily"`,
    );
    expect(raw.length).toBeGreaterThan(10);
    expect(
      tally(
        rollup,
        (r) => r.key,
        (r) => [r.returns, r.valuedReturns, Number(r.returnValue)],
      ),
    ).toEqual(
      tally(
        raw,
        (r) => r.key,
        (r) => [1, r.valued, r.value],
      ),
    );
  });

  it("complaints: each one by day opened, day closed, location, reason and whole hours to resolve", async () => {
    const cases = await rows<{
      openedAt: number;
      closedAt: number | null;
      status: string;
      locationId: string;
      reason: string;
    }>(
      `SELECT ${ms('"openedAt"')}, ${ms('"closedAt"')}, status::text, "locationId", reason FROM "ServiceCase"
       WHERE kind = 'complaint' AND "locationId" IS NOT NULL`,
    );
    const raw = cases.map((c) => {
      const closed = ["resolved", "closed"].includes(c.status) && c.closedAt !== null;
      const hours = closed ? Math.max(0, Math.floor((c.closedAt! - c.openedAt) / HOUR)) : -1;
      return `${localDay(c.openedAt)}|${closed ? localDay(c.closedAt!) : "infinity"}|${c.locationId}|${c.reason}|${hours}`;
    });
    const rollup = await rows<{ key: string; cases: number }>(
      `SELECT "openedDay"::text || '|' || "closedDay"::text || '|' || "locationId" || '|' || reason || '|' || "resolveHours" AS key, cases
       FROM "InsightComplaintCohort"`,
    );
    expect(raw.length).toBeGreaterThan(5);
    expect(
      tally(
        rollup,
        (r) => r.key,
        (r) => [r.cases],
      ),
    ).toEqual(
      tally(
        raw,
        (key) => key,
        () => [1],
      ),
    );
  });

  it("surveys: by days since the previous one, surveys in the year before, a trivial contact before, and answers", async () => {
    const surveys = await rows<{ customerId: string; at: number; locationId: string | null }>(
      `SELECT oc."customerId", ${ms('oc."occurredAt"', "at")}, e."locationId" FROM "OutboundContact" oc
       JOIN "JourneyEvent" e ON e.id = oc."eventId" WHERE oc.purpose = 'survey'`,
    );
    const events = await rows<{
      customerId: string;
      at: number;
      type: string;
      direction: string;
      amount: string | null;
    }>(
      `SELECT "customerId", ${ms('"occurredAt"', "at")}, type::text, direction::text, payload->>'amount' AS amount FROM "JourneyEvent"
       WHERE type IN ('survey_response', 'address_change', 'password_reset', 'info_question', 'invoice_copy', 'payment')`,
    );
    const places = await rows<{
      customerId: string;
      locationId: string;
      firstSeenAt: number;
      lastSeenAt: number;
    }>(
      `SELECT "customerId", "locationId", ${ms('"firstSeenAt"')}, ${ms('"lastSeenAt"')} FROM "CustomerLocation"`,
    );
    const trivial = new Set(["address_change", "password_reset", "info_question", "invoice_copy"]);
    const raw: { key: string; responded: number }[] = [];
    for (const survey of surveys) {
      const mine = surveys.filter((s) => s.customerId === survey.customerId);
      const previous = Math.max(...mine.filter((s) => s.at < survey.at).map((s) => s.at), -Infinity);
      const next = Math.min(...mine.filter((s) => s.at > survey.at).map((s) => s.at), Infinity);
      const prior = mine.filter((s) => s.at < survey.at && s.at >= survey.at - 365 * DAY).length;
      const theirs = events.filter((e) => e.customerId === survey.customerId);
      const responded = theirs.some(
        (e) =>
          e.type === "survey_response" && e.at > survey.at && e.at <= survey.at + 14 * DAY && e.at < next,
      );
      const afterTrivial = theirs.some(
        (e) =>
          e.direction === "inbound" &&
          e.at < survey.at &&
          e.at > survey.at - 7 * DAY &&
          (trivial.has(e.type) ||
            (e.type === "payment" && /^[0-9]+(\.[0-9]+)?$/.test(e.amount ?? "") && Number(e.amount) < 25)),
      );
      const home = places
        .filter((p) => p.customerId === survey.customerId && p.firstSeenAt <= survey.at)
        .sort((a, b) => b.lastSeenAt - a.lastSeenAt)[0];
      const locationId = survey.locationId ?? home?.locationId;
      if (!locationId) continue;
      const gapDays = (survey.at - previous) / DAY;
      const gap =
        previous === -Infinity
          ? "first"
          : gapDays < 7
            ? "0-6"
            : gapDays < 30
              ? "7-29"
              : gapDays < 90
                ? "30-89"
                : gapDays < 180
                  ? "90-179"
                  : "180+";
      raw.push({
        key: `${localDay(survey.at)}|${locationId}|${gap}|${Math.min(prior, 3)}|${afterTrivial}`,
        responded: responded ? 1 : 0,
      });
    }
    const rollup = await rows<{ key: string; sent: number; responded: number }>(
      `SELECT day::text || '|' || "locationId" || '|' || gap || '|' || "priorSurveys" || '|' || "afterTrivial" AS key, sent, responded
       FROM "InsightSurveyDaily"`,
    );
    expect(raw.length).toBeGreaterThan(50);
    expect(
      tally(
        rollup,
        (r) => r.key,
        (r) => [r.sent, r.responded],
      ),
    ).toEqual(
      tally(
        raw,
        (r) => r.key,
        (r) => [1, r.responded],
      ),
    );
  });

  it("desk: check-ins and hand-overs with the card opened in the 12 hours before, facts shown again, notes and facts", async () => {
    const actions = await rows<{
      customerId: string;
      at: number;
      locationId: string;
      createdById: string | null;
      type: string;
    }>(
      `SELECT "customerId", ${ms('"occurredAt"', "at")}, "locationId", "createdById", type::text FROM "JourneyEvent"
       WHERE type IN ('check_in', 'order_picked_up', 'staff_note', 'fact_learned') AND "locationId" IS NOT NULL`,
    );
    const views = await rows<{ customerId: string; at: number; actorId: string | null }>(
      `SELECT "customerId", ${ms('"occurredAt"', "at")}, "actorId" FROM "AuditEntry" WHERE action = 'customer.view'`,
    );
    const facts = await rows<{ customerId: string; at: number }>(
      `SELECT "customerId", ${ms('"recordedAt"', "at")} FROM "CustomerFact"`,
    );
    const hotels = new Set(
      (await rows<{ id: string }>(`SELECT id FROM "Location" WHERE type = 'hotel'`)).map((row) => row.id),
    );
    const raw = actions.map((a) => {
      const day = localDay(a.at);
      const kind =
        a.type === "check_in"
          ? "check_in"
          : a.type === "order_picked_up"
            ? "pickup"
            : hotels.has(a.locationId)
              ? "check_in"
              : "pickup";
      const key = `${day}|${a.locationId}|${a.createdById ?? NIL}|${kind}`;
      if (a.type === "staff_note" || a.type === "fact_learned")
        return {
          key,
          values: [0, 0, 0, 0, a.type === "staff_note" ? 1 : 0, a.type === "fact_learned" ? 1 : 0],
        };
      const opened = views.some(
        (v) =>
          v.customerId === a.customerId &&
          v.at <= a.at &&
          v.at > a.at - 12 * HOUR &&
          (a.createdById === null || v.actorId === a.createdById),
      );
      const reused = opened
        ? facts.filter((f) => f.customerId === a.customerId && f.at < dayStartMs(day)).length
        : 0;
      return { key, values: [1, opened ? 1 : 0, reused > 0 ? 1 : 0, reused, 0, 0] };
    });
    const rollup = await rows<{ key: string; values: number[] }>(
      `SELECT day::text || '|' || "locationId" || '|' || "staffUserId" || '|' || kind AS key,
         ARRAY[actions, "cardOpened", "factReuseVisits", "factsReused", notes, facts] AS values FROM "InsightDeskDaily"`,
    );
    expect(raw.filter((r) => r.values[1] === 1).length).toBeGreaterThan(20);
    expect(
      tally(
        rollup,
        (r) => r.key,
        (r) => r.values,
      ),
    ).toEqual(
      tally(
        raw,
        (r) => r.key,
        (r) => r.values,
      ),
    );
  });

  it("paths: one acquisition path per customer's first booking or order at a location, one complaint path per complaint", async () => {
    const conversions = await rows<{
      id: string;
      customerId: string;
      at: number;
      locationId: string | null;
      type: string;
      channel: string;
    }>(
      `SELECT id::text, "customerId", ${ms('"occurredAt"', "at")}, "locationId", type::text, channel::text FROM "JourneyEvent"
       WHERE type IN ('booking_created', 'order_placed')`,
    );
    const firsts = new Map<string, (typeof conversions)[number]>();
    for (const c of conversions) {
      const seen = firsts.get(c.customerId);
      if (!seen || c.at < seen.at || (c.at === seen.at && c.id < seen.id)) firsts.set(c.customerId, c);
    }
    const raw = [...firsts.values()].filter((c) => c.locationId !== null);
    const rollup = await rows<{ day: string; locationId: string; customers: number; kind: string }>(
      `SELECT kind, day::text, "locationId", customers FROM "InsightPathDaily"`,
    );
    expect(
      tally(
        rollup.filter((r) => r.kind === "acquisition"),
        (r) => `${r.day}|${r.locationId}`,
        (r) => [r.customers],
      ),
    ).toEqual(
      tally(
        raw,
        (c) => `${localDay(c.at)}|${c.locationId}`,
        () => [1],
      ),
    );
    const paths = await rows<{ customerId: string; path: string }>(
      `SELECT "customerId", path FROM "InsightPathCustomer" WHERE kind = 'acquisition'`,
    );
    for (const { customerId, path } of paths) {
      const first = firsts.get(customerId)!;
      const expected =
        first.type === "order_placed"
          ? ["store", "in_person"].includes(first.channel)
            ? "order_store"
            : "order_online"
          : ["booking_com", "expedia"].includes(first.channel)
            ? "book_ota"
            : first.channel === "travel_agent"
              ? "book_agent"
              : first.channel === "walk_in"
                ? "walk_in"
                : "book_direct";
      expect(path.split(">").at(-1), path).toBe(expected);
      expect(path.split(">").length).toBeLessThanOrEqual(4);
    }
    const complaints = await rows<{ openedAt: number; locationId: string }>(
      `SELECT ${ms('"openedAt"')}, "locationId" FROM "ServiceCase" WHERE kind = 'complaint' AND "locationId" IS NOT NULL`,
    );
    expect(
      tally(
        rollup.filter((r) => r.kind === "complaint"),
        (r) => `${r.day}|${r.locationId}`,
        (r) => [r.customers],
      ),
    ).toEqual(
      tally(
        complaints,
        (c) => `${localDay(c.openedAt)}|${c.locationId}`,
        () => [1],
      ),
    );
  });
});
