import { gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { eventPayload } from "../../factories/event-factory";
import { callApi, createTestApiKey, type TestApiKey } from "../../helpers/api-client";

// Staff sessions must never unlock the API: even with a signed-in admin, no key means 401.
const staff = { actor: null as null | Record<string, unknown> };
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => staff.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
let ingest: TestApiKey;

beforeAll(async () => {
  await client.connect();
  ingest = await createTestApiKey(url, { source: "web-shop" });
});
afterAll(() => client.end());

const body = () => ({ events: [eventPayload()] });
const code = (response: { body: unknown }) => (response.body as { error: { code: string } }).error.code;

describe("the public API wrapper", () => {
  it("answers 401 without a key, even alongside a staff session cookie", async () => {
    staff.actor = {
      id: "00000000-0000-4000-8000-000000000001",
      role: "admin",
      locationIds: [],
      email: "a@x.nl",
      name: "A",
    };
    const response = await callApi(POST, "/api/v1/events", {
      body: body(),
      headers: { cookie: "next-auth.session-token=staff-session" },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    staff.actor = null;
  });

  it("never lets an API key into staff routes", async () => {
    const { GET } = await import("@/app/api/audit/export/route");
    const response = await callApi(GET, "/api/audit/export", { key: ingest.key, method: "GET" });
    expect(response.status).toBe(401);
  });

  it("answers 401 for an unknown or revoked key", async () => {
    const revoked = await createTestApiKey(url, { isRevoked: true });
    expect((await callApi(POST, "/api/v1/events", { key: "gv_not-a-real-key", body: body() })).status).toBe(
      401,
    );
    expect((await callApi(POST, "/api/v1/events", { key: revoked.key, body: body() })).status).toBe(401);
  });

  it("accepts HTTP Basic with the key as user name, as Segment's SDKs send it", async () => {
    const response = await callApi(POST, "/api/v1/events", { key: ingest.key, auth: "basic", body: body() });
    expect(response.status).toBe(200);
  });

  it("answers 403 for a key without the ingest scope", async () => {
    const readOnly = await createTestApiKey(url, { scopes: ["eligibility:read"] });
    const response = await callApi(POST, "/api/v1/events", { key: readOnly.key, body: body() });
    expect(response.status).toBe(403);
    expect(code(response)).toBe("forbidden");
  });

  it("answers 415 for another content type", async () => {
    const response = await callApi(POST, "/api/v1/events", {
      key: ingest.key,
      rawBody: "events=1",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(415);
  });

  it("answers 413 over 1 MB, whether declared or streamed", async () => {
    const big = JSON.stringify({ events: [eventPayload({ summary: "x".repeat(1_100_000) })] });
    expect((await callApi(POST, "/api/v1/events", { key: ingest.key, rawBody: big })).status).toBe(413);
    const declared = await callApi(POST, "/api/v1/events", {
      key: ingest.key,
      body: body(),
      headers: { "content-length": "2000000" },
    });
    expect(declared.status).toBe(413);
    const bomb = new Uint8Array(gzipSync(JSON.stringify({ events: [], pad: " ".repeat(5_000_000) })));
    expect(
      (
        await callApi(POST, "/api/v1/events", {
          key: ingest.key,
          rawBody: bomb,
          headers: { "content-encoding": "gzip" },
        })
      ).status,
    ).toBe(413);
  });

  it("reads gzip bodies", async () => {
    const gz = new Uint8Array(gzipSync(JSON.stringify(body())));
    expect(
      (
        await callApi(POST, "/api/v1/events", {
          key: ingest.key,
          rawBody: gz,
          headers: { "content-encoding": "gzip" },
        })
      ).status,
    ).toBe(200);
  });

  it("answers 400 for JSON it can't parse and names schema violations by JSON path", async () => {
    const broken = await callApi(POST, "/api/v1/events", { key: ingest.key, rawBody: '{"events": [' });
    expect(broken.status).toBe(400);
    expect(code(broken)).toBe("invalid_json");
    const wrong = await callApi(POST, "/api/v1/events", { key: ingest.key, body: { events: "nope" } });
    expect(wrong.status).toBe(400);
    expect((wrong.body as { error: { issues: { path: string }[] } }).error.issues[0]!.path).toBe("$.events");
    const tooMany = await callApi(POST, "/api/v1/events", {
      key: ingest.key,
      body: { events: Array.from({ length: 1001 }, () => ({})) },
    });
    expect(tooMany.status).toBe(400);
  });

  it("rate-limits per key with 429 and Retry-After, leaving other keys alone", async () => {
    const slow = await createTestApiKey(url, { requestsPerSecond: 1 });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 4; i++) {
      const response = await callApi(POST, "/api/v1/events", { key: slow.key, body: body() });
      statuses.push(response.status);
      retryAfter ??= response.headers.get("retry-after");
    }
    expect(statuses.slice(0, 2)).toEqual([200, 200]);
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await callApi(POST, "/api/v1/events", { key: ingest.key, body: body() })).status).toBe(200);
  });

  it("notes the key's last use", async () => {
    const { rows } = await client.query<{ lastUsedAt: Date | null }>(
      'SELECT "lastUsedAt" FROM "ApiKey" WHERE id = $1',
      [ingest.id],
    );
    expect(rows[0]!.lastUsedAt).not.toBeNull();
  });
});
