import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { eventPayload } from "../../factories/event-factory";
import { callApi, createTestApiKey, type TestApiKey } from "../../helpers/api-client";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
let apiKey: TestApiKey;

beforeAll(async () => {
  await client.connect();
  apiKey = await createTestApiKey(url, { source: "email-tool" });
});
afterAll(() => client.end());

const send = (body: unknown, idempotencyKey: string) =>
  callApi(POST, "/api/v1/events", { key: apiKey.key, body, headers: { "idempotency-key": idempotencyKey } });
const storedEvents = async (ids: string[]) =>
  Number(
    (
      await client.query<{ n: string }>(
        'SELECT count(*) n FROM "JourneyEvent" WHERE "sourceEventId" = ANY($1)',
        [ids],
      )
    ).rows[0]!.n,
  );

describe("Idempotency-Key", () => {
  it("replays the first response for the same key and body", async () => {
    const body = { events: [eventPayload(), eventPayload()] };
    const first = await send(body, "batch-same-1");
    const second = await send(body, "batch-same-1");
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect((second.body as { accepted: number }).accepted).toBe(2);
    expect(await storedEvents(body.events.map((e) => e.sourceEventId))).toBe(2);
  });

  it("answers 422 for the same key with another body", async () => {
    await send({ events: [eventPayload()] }, "batch-diff-1");
    const other = { events: [eventPayload()] };
    const response = await send(other, "batch-diff-1");
    expect(response.status).toBe(422);
    expect(await storedEvents([other.events[0]!.sourceEventId])).toBe(0);
  });

  it("answers 409 to a concurrent request while the first is in flight, then replays", async () => {
    const body = { events: Array.from({ length: 300 }, () => eventPayload()) };
    const responses = await Promise.all(Array.from({ length: 6 }, () => send(body, "batch-concurrent-1")));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    expect(statuses).toContain(409);
    const conflict = responses.find((r) => r.status === 409)!;
    expect(Number(conflict.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const replay = await send(body, "batch-concurrent-1");
    expect(replay.status).toBe(200);
    expect((replay.body as { accepted: number }).accepted).toBe(300);
    expect(await storedEvents(body.events.map((e) => e.sourceEventId))).toBe(300);
  });

  it("keys are per API key: another source may use the same key string", async () => {
    const other = await createTestApiKey(url, { source: "other-tool" });
    await send({ events: [eventPayload()] }, "shared-key-1");
    const response = await callApi(POST, "/api/v1/events", {
      key: other.key,
      body: { events: [eventPayload()] },
      headers: { "idempotency-key": "shared-key-1" },
    });
    expect(response.status).toBe(200);
  });

  it("refuses a malformed Idempotency-Key with 400", async () => {
    const response = await send({ events: [eventPayload()] }, "x".repeat(300));
    expect(response.status).toBe(400);
  });
});
