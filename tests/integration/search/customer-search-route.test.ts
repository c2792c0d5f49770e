// GET /api/customers/search over the real route handler: the JSON the palette reads, 400s that name
// the bad parameter, and masking for interns in the response body.
import type { SecondFactorState } from "@/lib/auth/second-factor-state";
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { createActor, passedSecondFactor } from "../../factories/actor-factory";
import { createCustomer } from "../../factories/customer-factory";
import { createLocation } from "../../factories/staff-factory";

const session = {
  actor: null as (Actor & { mustChangePassword: boolean; secondFactor: SecondFactorState }) | null,
};
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const { GET } = await import("@/app/api/customers/search/route");

const url = process.env.DATABASE_URL!;
const pool = new pg.Pool({ connectionString: url, max: 2 });
afterAll(() => pool.end());

async function get(query: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await GET(new NextRequest(new URL(`/api/customers/search${query}`, "http://localhost")), {
    params: Promise.resolve({}),
  });
  expect(response.headers.get("content-type")).toContain("application/json");
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const signIn = (actor: Actor) =>
  (session.actor = { ...actor, mustChangePassword: false, secondFactor: passedSecondFactor() });
let hotel = "";

beforeAll(async () => {
  hotel = await createLocation(url, "HTL-SRR");
  await createCustomer(pool, {
    firstName: "Marieke",
    lastName: "Bosman",
    city: "Leiden",
    identities: [
      { type: "email", value: "marieke.bosman@example.nl" },
      { type: "phone", value: "06-87654321" },
    ],
    events: [
      {
        type: "check_in",
        channel: "in_person",
        direction: "inbound",
        occurredAt: new Date("2026-11-02T09:00:00Z"),
        summary: "Checked in",
        locationCode: "HTL-SRR",
      },
    ],
  });
});

describe("GET /api/customers/search", () => {
  it("answers the palette's search with hits, what matched and whether more match", async () => {
    signIn(await createActor("receptionist", [hotel]));
    const { status, body } = await get("?q=Boszman&limit=5");
    expect(status).toBe(200);
    expect(body).toMatchObject({ query: "Boszman", hasMore: false, problem: null });
    expect(body.hits).toEqual([
      expect.objectContaining({
        firstName: "Marieke",
        lastName: "Bosman",
        city: "Leiden",
        lastSeenAt: "2026-11-02T09:00:00.000Z",
        email: "marieke.bosman@example.nl",
        match: { kind: "similar_name" },
      }),
    ]);
    const audit = await db.auditEntry.findFirst({
      where: { actorId: session.actor!.id, action: "customer.search" },
    });
    expect(audit?.details).toEqual({ query: "Boszman", results: 1, via: "palette" });
  });

  it("sends interns masked contact details only", async () => {
    signIn(await createActor("intern", [hotel]));
    const { status, body } = await get(`?q=${encodeURIComponent("06 87654321")}`);
    expect(status).toBe(200);
    const hits = body.hits as { match: unknown; email: string }[];
    expect(hits[0]).toMatchObject({
      email: "m***@e***.nl",
      match: { kind: "phone", value: "+31 6 ** ** ** 21" },
    });
    // Everything but the echo of what the intern typed themselves.
    expect(JSON.stringify({ ...body, query: undefined })).not.toMatch(/marieke\.bosman|87654321/);
  });

  it("answers 400 naming the parameter for a missing, empty or overlong q, or a bad limit", async () => {
    signIn(await createActor("receptionist", [hotel]));
    for (const [query, field] of [
      ["", "q"],
      ["?q=", "q"],
      ["?q=%20%20", "q"],
      [`?q=${"a".repeat(201)}`, "q"],
      ["?q=bosman&limit=0", "limit"],
      ["?q=bosman&limit=26", "limit"],
      ["?q=bosman&limit=many", "limit"],
    ] as const) {
      const { status, body } = await get(query);
      expect(status, query).toBe(400);
      expect(body.error, query).toMatch(new RegExp(`^${field}: `));
      expect(body.issues, query).toEqual([expect.objectContaining({ path: field })]);
    }
  });

  it("answers 401 without a session", async () => {
    session.actor = null;
    expect((await get("?q=bosman")).status).toBe(401);
  });
});
