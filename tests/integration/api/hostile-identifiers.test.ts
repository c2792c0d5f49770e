// Prototype names and NUL bytes where user input meets a lookup or PostgreSQL: each is a 400 that
// names the field (or, in a search, is dropped), never a 500.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SecondFactorState } from "@/lib/auth/second-factor-state";
import type { Actor } from "@/lib/auth/actor";
import { listCustomersInput, searchCustomersQuery } from "@/lib/validation/customers";
import { createActor, passedSecondFactor } from "../../factories/actor-factory";
import { callApi, createTestApiKey, type TestApiKey } from "../../helpers/api-client";

const session = {
  actor: null as (Actor & { mustChangePassword: boolean; secondFactor: SecondFactorState }) | null,
};
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
const { GET: eligibilityOne } = await import("@/app/api/v1/customers/[identifier]/eligibility/route");
const { POST: eligibility } = await import("@/app/api/v1/eligibility/route");
const { GET: search } = await import("@/app/api/customers/search/route");
const { GET: timeline } = await import("@/app/api/customers/[id]/timeline/route");

const url = process.env.DATABASE_URL!;
let key: TestApiKey;
const PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];

beforeAll(async () => {
  key = await createTestApiKey(url, { scopes: ["eligibility:read"] });
  session.actor = {
    ...(await createActor("admin")),
    mustChangePassword: false,
    secondFactor: passedSecondFactor(),
  };
});
afterAll(() => undefined);

async function getOne(identifier: string, query = "purpose=survey") {
  const request = new NextRequest(new URL(`/api/v1/customers/x/eligibility?${query}`, "http://localhost"), {
    headers: { authorization: `Bearer ${key.key}` },
  });
  const response = await eligibilityOne(request, { params: Promise.resolve({ identifier }) });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe("eligibility with prototype names as identifier types", () => {
  for (const name of PROTOTYPE_NAMES) {
    it(`GET ${name}:… is a 400 naming the identifier`, async () => {
      const { status, body } = await getOne(`${name}:anne@example.nl`);
      expect(status).toBe(400);
      expect(body).toMatchObject({
        error: { issues: [{ path: "$path.identifier", message: expect.stringContaining("unknown type") }] },
      });
    });
  }

  it("POST answers 400 naming each bad item", async () => {
    const response = await callApi(eligibility, "/api/v1/eligibility", {
      key: key.key,
      body: {
        purpose: "survey",
        identifiers: ["email:ok@example.nl", "__proto__:x", { identifier: "constructor:y" }],
      },
    });
    expect(response.status).toBe(400);
    const paths = JSON.stringify(response.body);
    expect(paths).toContain("$.identifiers[1]");
    expect(paths).toContain("$.identifiers[2].identifier");
  });
});

describe("NUL bytes", () => {
  it("in an identifier value or query parameter is a 400 naming it", async () => {
    const inValue = await getOne("email:an\u0000ne@example.nl");
    expect(inValue.status).toBe(400);
    expect(JSON.stringify(inValue.body)).toContain("$path.identifier");
    const inQuery = await getOne("email:anne@example.nl", "purpose=survey&subject=a%00b");
    expect(inQuery.status).toBe(400);
    expect(JSON.stringify(inQuery.body)).toContain("$query.subject");
    const inBatch = await callApi(eligibility, "/api/v1/eligibility", {
      key: key.key,
      body: {
        purpose: "survey",
        identifiers: ["email:a\u0000@example.nl", { identifier: "email:b@example.nl", subject: "\u0000" }],
      },
    });
    expect(inBatch.status).toBe(400);
    expect(JSON.stringify(inBatch.body)).toContain("$.identifiers[1].subject");
  });

  it("is dropped from staff search, and refused in other staff parameters", async () => {
    const get = async (handler: typeof search, path: string, params: Record<string, string> = {}) => {
      const response = await handler(new NextRequest(new URL(path, "http://localhost")), {
        params: Promise.resolve(params),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    expect((await get(search, "/api/customers/search?q=an%00ne")).status).toBe(200);
    const onlyNul = await get(search, "/api/customers/search?q=%00");
    expect(onlyNul.status).toBe(400);
    expect(JSON.stringify(onlyNul.body)).toContain('"q"');
    const id = "0190f3c0-0000-7000-8000-000000000000";
    const badId = await get(timeline, `/api/customers/x/timeline`, { id: `${id}\u0000` });
    expect(badId.status).toBeGreaterThanOrEqual(400);
    expect(badId.status).toBeLessThan(500);
    const protoType = await get(timeline, `/api/customers/${id}/timeline?type=constructor`, { id });
    expect(protoType.status).toBe(400);
    expect(JSON.stringify(protoType.body)).toContain("constructor");
    expect(searchCustomersQuery.parse({ q: "Jan\u0000sen" }).q).toBe("Jansen");
    expect(listCustomersInput.parse({ q: "\u0000" }).q).toBeUndefined();
  });
});
