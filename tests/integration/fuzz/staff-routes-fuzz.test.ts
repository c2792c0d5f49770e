// Every staff JSON route (and the audit CSV export), fuzzed in process: each query and path
// parameter, and each value of the journal's JSON body, gets every hostile piece (odd dates,
// prototype names, NUL and lone surrogates, broken percent-encoding, deep nesting, huge numbers).
// Asserted: no 5xx, and a refused journal entry stores nothing.
import fc from "fast-check";
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SecondFactorState } from "@/lib/auth/second-factor-state";
import type { Actor } from "@/lib/auth/actor";
import { createActor, passedSecondFactor } from "../../factories/actor-factory";
import { createCustomer } from "../../factories/customer-factory";
import { createLocation } from "../../factories/staff-factory";
import {
  decodeSegment,
  hostileUrlPiece,
  inPool,
  sweepBodies,
  URL_REPRESENTATIVES,
} from "../../helpers/fuzz/hostile-values";
import { rowCounts } from "../../helpers/fuzz/ledger";

const session = {
  actor: null as (Actor & { mustChangePassword: boolean; secondFactor: SecondFactorState }) | null,
};
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const { GET: arrivals } = await import("@/app/api/arrivals/route");
const { GET: pickups } = await import("@/app/api/pickups/route");
const { GET: search } = await import("@/app/api/customers/search/route");
const { GET: timeline } = await import("@/app/api/customers/[id]/timeline/route");
const { GET: timelineEvent } = await import("@/app/api/customers/[id]/timeline/[eventId]/route");
const { POST: journal } = await import("@/app/api/customers/[id]/journal/route");
const { GET: auditExport } = await import("@/app/api/audit/export/route");
const { GET: health } = await import("@/app/api/health/route");

type Handler = (
  request: NextRequest,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
let customerId = "";
let requests = 0;

beforeAll(async () => {
  await client.connect();
  const hotel = await createLocation(url, "HTL-SFZ");
  customerId = (
    await createCustomer(client, {
      firstName: "Fuzz",
      lastName: "Staff",
      identities: [{ type: "email", value: "staff-fuzz@example.nl" }],
      events: [
        {
          type: "check_in",
          channel: "in_person",
          direction: "inbound",
          occurredAt: new Date("2026-11-02T09:00:00Z"),
          summary: "Checked in",
          locationCode: "HTL-SFZ",
        },
      ],
    })
  ).id;
  session.actor = {
    ...(await createActor("admin", [hotel])),
    mustChangePassword: false,
    secondFactor: passedSecondFactor(),
  };
});
afterAll(() => client.end());

async function send(
  handler: Handler,
  path: string,
  params: Record<string, string>,
  init?: { method: string; headers: Record<string, string>; body: string },
) {
  requests++;
  const response = await handler(new NextRequest(new URL(path, "http://localhost"), init), {
    params: Promise.resolve(params),
  });
  const text = await response.text();
  expect(response.status, `${path} → ${text.slice(0, 300)}`).toBeLessThan(500);
  return response.status;
}

interface Route {
  handler: Handler;
  path: (params: Record<string, string>) => string;
  params: Record<string, string>;
  query: Record<string, string>;
}

const ROUTES: Record<string, () => Route> = {
  arrivals: () => ({
    handler: arrivals,
    path: () => "/api/arrivals",
    params: {},
    query: { location: "HTL-SFZ", date: "2026-11-02" },
  }),
  pickups: () => ({
    handler: pickups,
    path: () => "/api/pickups",
    params: {},
    query: { location: "HTL-SFZ" },
  }),
  search: () => ({
    handler: search,
    path: () => "/api/customers/search",
    params: {},
    query: { q: "Fuzz", limit: "5" },
  }),
  timeline: () => ({
    handler: timeline,
    path: (p) => `/api/customers/${p.id}/timeline`,
    params: { id: customerId },
    query: {
      type: "check_in",
      channel: "in_person",
      from: "2026-01-01",
      to: "2026-12-31",
      limit: "10",
      cursor: "eyJ4IjoxfQ",
    },
  }),
  timelineEvent: () => ({
    handler: timelineEvent,
    path: (p) => `/api/customers/${p.id}/timeline/${p.eventId}`,
    params: { id: customerId, eventId: "0190f3c0-0000-7000-8000-000000000000" },
    query: {},
  }),
  auditExport: () => ({
    handler: auditExport,
    path: () => "/api/audit/export",
    params: {},
    query: {
      actor: "admin",
      customerId,
      action: "customer.view",
      from: "2026-01-01",
      to: "2026-12-31",
      after: "x",
    },
  }),
  health: () => ({ handler: health, path: () => "/api/health", params: {}, query: { probe: "1" } }),
};

const PIECES = [...URL_REPRESENTATIVES, ...fc.sample(hostileUrlPiece, { numRuns: 100, seed: 13 })];

function requestsFor(route: Route): { path: string; params: Record<string, string> }[] {
  const cases: { path: string; params: Record<string, string> }[] = [];
  const queryString = (query: Record<string, string>, raw: Record<string, string> = {}) =>
    Object.entries(query)
      .map(([name, value]) => `${name}=${raw[name] ?? encodeURIComponent(value)}`)
      .join("&");
  for (const piece of PIECES) {
    for (const name of Object.keys(route.query)) {
      cases.push({
        path: `${route.path(route.params)}?${queryString(route.query, { [name]: piece })}`,
        params: route.params,
      });
      cases.push({
        path: `${route.path(route.params)}?${queryString(route.query)}&${name}=${piece}&${piece}=1`,
        params: route.params,
      });
    }
    for (const name of Object.keys(route.params)) {
      const params = { ...route.params, [name]: decodeSegment(piece) };
      cases.push({
        path: `${route.path({ ...route.params, [name]: piece })}?${queryString(route.query)}`,
        params,
      });
    }
  }
  return cases;
}

describe("every staff JSON route under hostile input", () => {
  for (const [name, make] of Object.entries(ROUTES)) {
    it(`${name}: every parameter × every piece, no 5xx`, async () => {
      const route = make();
      await inPool(requestsFor(route), 4, ({ path, params }) =>
        send(route.handler, path, params).then(() => undefined),
      );
    }, 60_000);
  }

  it("journal: every value and key of each kind of entry, no 5xx, a refused entry stores nothing", async () => {
    const templates = [
      {
        kind: "note",
        clientId: "0190f3c0-0000-7000-8000-000000000001",
        channel: "phone",
        text: "Asked about parking",
      },
      {
        kind: "outcome",
        clientId: "0190f3c0-0000-7000-8000-000000000002",
        outcome: "advised",
        comment: "ok",
      },
      {
        kind: "fact",
        clientId: "0190f3c0-0000-7000-8000-000000000003",
        factKind: "preference",
        label: "Room",
        value: "Quiet",
      },
      { kind: "marketing_opt_out", clientId: "0190f3c0-0000-7000-8000-000000000004", comment: "no mail" },
    ];
    const bodies = templates.flatMap((template) => sweepBodies(template));
    for (const body of bodies) {
      const before = await rowCounts(client);
      const status = await send(
        journal,
        `/api/customers/${customerId}/journal`,
        { id: customerId },
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        },
      );
      if (status >= 400) expect(await rowCounts(client)).toEqual(before);
    }
  }, 120_000);

  it("sent over 4,000 requests", () => {
    console.info(`staff routes fuzz: ${requests} requests`);
    expect(requests).toBeGreaterThanOrEqual(4_000);
  });
});
