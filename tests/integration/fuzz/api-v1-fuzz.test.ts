// Every /api/v1 route, fuzzed in process with the input classes that once gave 500s (issue 13):
// odd dates, prototype names, NUL and lone surrogates, broken percent-encoding, deep nesting and huge
// numbers, put into each string, date, number and path parameter of a valid request in turn.
// Asserted: no 5xx, and a rejected item (or request) stores nothing.
import fc from "fast-check";
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as alias } from "@/app/api/v1/alias/route";
import { POST as batch } from "@/app/api/v1/batch/route";
import { GET as eligibilityOne } from "@/app/api/v1/customers/[identifier]/eligibility/route";
import { POST as customers } from "@/app/api/v1/customers/route";
import { POST as eligibility } from "@/app/api/v1/eligibility/route";
import { POST as events } from "@/app/api/v1/events/route";
import { POST as identify } from "@/app/api/v1/identify/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { POST as page } from "@/app/api/v1/page/route";
import { POST as screen } from "@/app/api/v1/screen/route";
import { POST as track } from "@/app/api/v1/track/route";
import { createTestApiKey } from "../../helpers/api-client";
import {
  assertLedger,
  newLedger,
  noteResults,
  rowCounts,
  type ItemMarkers,
  type Ledger,
} from "../../helpers/fuzz/ledger";
import {
  decodeSegment,
  hostileUrlPiece,
  inPool,
  mutateJson,
  mutation,
  sweepBodies,
  URL_REPRESENTATIVES,
} from "../../helpers/fuzz/hostile-values";
import { createLocation } from "../../factories/staff-factory";
import { apiTemplates } from "../../helpers/fuzz/api-templates";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
let authorization = "";
const ledger: Ledger = newLedger();
let requests = 0;
let storedEvents = 0;

type Handler = (
  request: NextRequest,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;

const HANDLERS: Record<string, Handler> = {
  "/api/v1/events": events,
  "/api/v1/customers": customers,
  "/api/v1/batch": batch,
  "/api/v1/identify": identify,
  "/api/v1/track": track,
  "/api/v1/page": page,
  "/api/v1/screen": screen,
  "/api/v1/alias": alias,
  "/api/v1/eligibility": eligibility,
};
const WRITES = new Set(Object.keys(HANDLERS).filter((path) => path !== "/api/v1/eligibility"));

beforeAll(async () => {
  await client.connect();
  await createLocation(url, "HTL-FUZ");
  await createLocation(url, "STR-FUZ", "store");
  const key = await createTestApiKey(url, { source: "fuzz-v1", scopes: ["ingest", "eligibility:read"] });
  authorization = `Bearer ${key.key}`;
});
afterAll(() => client.end());

async function send(handler: Handler, request: NextRequest, params: Record<string, string> = {}) {
  requests++;
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  expect(response.status, `${request.method} ${request.url} → ${text.slice(0, 300)}`).toBeLessThan(500);
  return { status: response.status, text };
}

const post = (path: string, body: string) =>
  new NextRequest(new URL(path, "http://localhost"), {
    method: "POST",
    headers: { authorization, "content-type": "application/json" },
    body,
  });

const SWEEP_VARIANTS: Record<string, number> = { "/api/v1/events": 5, "/api/v1/batch": 5 };
const DETAILS = ["booking", "order", "fact", "serviceCase"];

async function sendBody(path: string, body: string, markers: ItemMarkers[], checkCounts: boolean) {
  const before = checkCounts ? await rowCounts(client) : null;
  const { status, text } = await send(HANDLERS[path]!, post(path, body));
  if (status >= 400 && before) expect(await rowCounts(client)).toEqual(before);
  noteResults(ledger, status, text, markers);
  if (status < 300)
    storedEvents +=
      (JSON.parse(text) as { results?: { eventId?: string }[] }).results?.filter((r) => r.eventId).length ??
      0;
}

describe("every /api/v1 route under hostile input", () => {
  for (const path of Object.keys(HANDLERS)) {
    it(`POST ${path}: every slot × every class, then random mutations: no 5xx`, async () => {
      const sweep: { body: string; markers: ItemMarkers[] }[] = [];
      for (let variant = 0; variant < (SWEEP_VARIANTS[path] ?? 1); variant++) {
        const base = apiTemplates(path, variant);
        // The other kinds of event share variant 0's fields: sweep only their own details.
        const detail = path === "/api/v1/events" && variant > 0 ? ["events", 0, DETAILS[variant - 1]!] : [];
        for (const body of sweepBodies(base.template, detail)) {
          // Each request gets markers of its own, so one request's stored rows never blame another.
          const fresh = apiTemplates(path, variant);
          sweep.push({ body: body.split(base.n).join(fresh.n), markers: fresh.markers });
        }
      }
      await inPool(sweep, 4, ({ body, markers }) => sendBody(path, body, markers, false));
      // Sequential, with row counts around every rejected request.
      await fc.assert(
        fc.asyncProperty(mutation, fc.nat(), async ({ pick, fragment, asKey }, variant) => {
          const { template, markers } = apiTemplates(path, variant);
          await sendBody(path, mutateJson(template, pick, fragment, asKey).body, markers, WRITES.has(path));
        }),
        { numRuns: 60, seed: 13 },
      );
    }, 120_000);
  }

  it("GET /api/v1/customers/{identifier}/eligibility: every piece in every place, no 5xx", async () => {
    const cases: [string, string][] = [];
    for (const where of ["identifier", "purpose", "subject", "channel", "safetyIssue", "extra"])
      for (const piece of [...URL_REPRESENTATIVES, ...fc.sample(hostileUrlPiece, { numRuns: 200, seed: 13 })])
        cases.push([piece, where]);
    await inPool(cases, 4, async ([piece, where]) => {
      const query: Record<string, string> = { purpose: "survey", subject: "stay-1", channel: "email" };
      let identifier = "email:fuzz-known%40fuzz-test.nl";
      if (where === "identifier") identifier = piece;
      const search = Object.entries(query)
        .map(([name, value]) => `${name}=${where === name ? piece : encodeURIComponent(value)}`)
        .concat(where === "safetyIssue" || where === "extra" ? [`${where}=${piece}`, `${piece}=1`] : [])
        .join("&");
      const request = new NextRequest(
        new URL(`/api/v1/customers/${identifier}/eligibility?${search}`, "http://localhost"),
        { headers: { authorization } },
      );
      await send(eligibilityOne, request, { identifier: decodeSegment(identifier) });
    });
  }, 120_000);

  it("GET /api/v1/openapi.json with hostile query strings", async () => {
    for (const piece of URL_REPRESENTATIVES)
      await send(
        openapi,
        new NextRequest(new URL(`/api/v1/openapi.json?x=${piece}&${piece}=1`, "http://localhost")),
      );
  });

  it("sent over 6,000 requests; no rejected item was stored, and every stored event was accepted", async () => {
    console.info(`/api/v1 fuzz: ${requests} requests`);
    expect(requests).toBeGreaterThanOrEqual(6_000);
    await assertLedger(client, ledger);
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "JourneyEvent" WHERE source = 'fuzz-v1'`,
    );
    expect(rows[0]!.n).toBe(storedEvents);
  });
});
