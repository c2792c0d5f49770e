import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { callApi, createTestApiKey, type TestApiKey } from "../../helpers/api-client";

// At least 5,000 malformed or hostile payloads through the real route handler: every one gets a 4xx
// (never a 5xx), nothing of a rejected event is stored, and hostile-but-valid text is stored verbatim.

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
let apiKey: TestApiKey;
let counter = 0;

beforeAll(async () => {
  await client.connect();
  apiKey = await createTestApiKey(url, { source: "fuzz" });
});
afterAll(() => client.end());

const HOSTILE = [
  `'; DROP TABLE "Customer"; --`,
  `" OR 1=1 --`,
  "$$; SELECT pg_sleep(10); $$",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "{{7*7}}",
  "${process.env}",
  "\\u0000",
  "Zoë 🚀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ‮gnp.exe",
  "ﷺ",
  "\u200b\u200d",
  "../../etc/passwd",
  "%00",
  "null",
  "[]",
];
const UNSTORABLE = ["a\u0000b", "\ud800", "x\udc00y"];
const hostileText = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: "grapheme", maxLength: 40 }));

function validEvent(): Record<string, unknown> & { sourceEventId: string } {
  counter++;
  return {
    type: "page_view",
    channel: "web",
    direction: "inbound",
    occurredAt: "2026-11-20T10:00:00Z",
    sourceEventId: `fuzz-${counter}`,
    identifiers: { email: `fuzz-rej-${counter}@fuzz-test.nl` },
  };
}

function deep(levels: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < levels; i++) value = { nested: value };
  return value;
}

/** A replacement that makes the event invalid whatever else it holds. */
const breaking: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(
    fc.constantFrom("type", "channel", "direction"),
    fc.oneof(
      fc.integer(),
      fc.constant(null),
      fc.boolean(),
      hostileText.filter((t) => !["page_view", "web", "inbound"].includes(t)),
      fc.array(fc.string()),
    ),
  ),
  fc.tuple(
    fc.constant("occurredAt"),
    fc.oneof(
      fc.constant("yesterday"),
      fc.constant("2026-13-45T99:00:00Z"),
      fc.constant("1900-01-01T00:00:00Z"),
      fc.constant("2999-01-01T00:00:00Z"),
      fc.integer(),
      hostileText,
    ),
  ),
  fc.tuple(
    fc.constant("sourceEventId"),
    fc.oneof(fc.constant(""), fc.constant("x".repeat(201)), fc.integer(), fc.constantFrom(...UNSTORABLE)),
  ),
  fc.tuple(
    fc.constant("identifiers"),
    fc.oneof(
      fc.constant({}),
      fc.constant({ email: "test@test.com" }),
      fc.constant({ email: "null", phone: "0000000" }),
      fc.constant({ webId: 5 }),
      fc.constant("anne@x.nl"),
      fc.constant({ email: "x".repeat(400) }),
    ),
  ),
  fc.tuple(
    fc.constantFrom("summary", "reason", "name"),
    fc.oneof(
      fc.constantFrom(...UNSTORABLE),
      fc.constant("y".repeat(100_000)),
      fc.integer(),
      fc.constant({ a: 1 }),
    ),
  ),
  fc.tuple(
    fc.constant("payload"),
    fc.oneof(
      fc.constant(deep(50)),
      fc.constant(deep(11)),
      fc.constant([1, 2]),
      fc.constant("text"),
      fc.constant({ k: "\u0000" }),
      fc.constant({ "\ud800": 1 }),
    ),
  ),
  fc.tuple(
    fc.constantFrom("booking", "order", "consent", "fact"),
    fc.oneof(fc.constant({}), fc.constant("yes"), fc.constant({ reference: "" })),
  ),
  fc.tuple(
    fc.constantFrom("unknownField", "occurred_at", "__proto__", "constructor"),
    fc.anything().filter((v) => v !== undefined),
  ),
  fc.tuple(
    fc.constant("traits"),
    fc.oneof(
      fc.constant({ language: "Dutch" }),
      fc.constant({ birthDate: "31-12-1990" }),
      fc.constant({ timeZone: "Mars/Olympus" }),
      fc.constant({ firstName: 42 }),
    ),
  ),
  fc.tuple(
    fc.constant("locationCode"),
    fc.oneof(fc.constant("NOPE-404"), fc.constant("x"), fc.constant("<b>"), fc.integer()),
  ),
);

type Outcome = { status: number; body: unknown };
const post = (body: string): Promise<Outcome> =>
  callApi(POST, "/api/v1/events", { key: apiKey.key, rawBody: body });

describe("POST /api/v1/events fuzzing", () => {
  it("answers malformed bodies with 400, never 5xx (2,000 payloads)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 200 }).map((s) => `{${s}`),
          fc
            .jsonValue()
            .filter((v) => typeof v !== "object" || v === null || Array.isArray(v) || !("events" in v))
            .map((v) => JSON.stringify(v)),
          fc.anything().map((v) => JSON.stringify({ events: v }) ?? "{"),
          fc.constant(`{"events":${"[".repeat(5000)}${"]".repeat(5000)}}`),
          fc.constant(JSON.stringify({ events: [], extra: 1 })),
        ),
        async (body) => {
          const { status } = await post(body);
          expect(status).toBeGreaterThanOrEqual(400);
          expect(status).toBeLessThan(500);
        },
      ),
      { numRuns: 2_000 },
    );
  }, 300_000);

  it("rejects events with one breaking field with 400 and stores nothing of them (2,500 payloads)", async () => {
    const before = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Customer"');
    await fc.assert(
      fc.asyncProperty(breaking, async ([field, value]) => {
        const event = validEvent();
        if (field === "__proto__" || field === "constructor")
          return void expect(
            (
              await post(
                `{"events":[${JSON.stringify(event).slice(0, -1)},"${field}":${JSON.stringify(value) ?? 1}}]}`,
              )
            ).status,
          ).toBe(400);
        event[field] = value;
        const { status, body } = await post(JSON.stringify({ events: [event] }));
        expect([status, body]).toMatchObject([400, expect.anything()]);
      }),
      { numRuns: 2_500 },
    );
    const stored = await client.query('SELECT count(*)::int AS n FROM "JourneyEvent" WHERE source = $1', [
      "fuzz",
    ]);
    expect(stored.rows[0].n).toBe(0);
    const identities = await client.query(
      `SELECT count(*)::int AS n FROM "Identity" WHERE "normalizedValue" LIKE 'fuzz-rej-%'`,
    );
    expect(identities.rows[0].n).toBe(0);
    expect((await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Customer"')).rows[0]!.n).toBe(
      before.rows[0]!.n,
    );
  }, 300_000);

  it("stores hostile but valid text verbatim (600 payloads)", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (summary, reason) => {
        fc.pre(summary.trim().length > 0);
        const event = {
          ...validEvent(),
          summary,
          reason,
          payload: { note: reason, [Array.from(summary).slice(0, 20).join("") || "k"]: [summary] },
          identifiers: { externalUserId: `fuzz-ok-${counter}` },
        };
        const { status } = await post(JSON.stringify({ events: [event] }));
        expect(status).toBe(200);
        const row = await client.query(
          'SELECT summary, reason FROM "JourneyEvent" WHERE source = $1 AND "sourceEventId" = $2',
          ["fuzz", event.sourceEventId],
        );
        expect(row.rows).toEqual([{ summary, reason }]);
      }),
      { numRuns: 600 },
    );
    const tables = await client.query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'Customer'`,
    );
    expect(tables.rows[0].n).toBe(1);
  }, 300_000);
});
