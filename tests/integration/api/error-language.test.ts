// Errors speak the staff member's language: the same bad request to a staff route or server action
// answers in Dutch for a Dutch staff member and in English for an English one, naming the field in
// both. The public API answers in English whatever the caller's language, as foreign SDKs expect.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { CurrentActor } from "@/lib/auth/current-actor";
import { createActor, passedSecondFactor } from "../../factories/actor-factory";
import { eventPayload } from "../../factories/event-factory";
import { createLocation } from "../../factories/staff-factory";
import { callApi, createTestApiKey, type TestApiKey } from "../../helpers/api-client";

const session = { actor: null as CurrentActor | null };
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
// A Dutch browser: the public API must not care.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "accept-language": "nl-NL,nl;q=0.9" }),
  cookies: async () => ({ get: () => ({ value: "nl" }) }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { GET: search } = await import("@/app/api/customers/search/route");
const { GET: timeline } = await import("@/app/api/customers/[id]/timeline/route");
const { createLocationAction } = await import("@/components/admin/location-actions");
const { POST: events } = await import("@/app/api/v1/events/route");
const { POST: eligibility } = await import("@/app/api/v1/eligibility/route");

const url = process.env.DATABASE_URL!;
let hotel = "";
let receptionist: Actor;
let admin: Actor;
let apiKey: TestApiKey;

beforeAll(async () => {
  hotel = await createLocation(url, "HTL-LNG");
  receptionist = await createActor("receptionist", [hotel]);
  admin = await createActor("admin");
  apiKey = await createTestApiKey(url, { source: "lang-test", scopes: ["ingest", "eligibility:read"] });
});
afterEach(() => {
  session.actor = null;
});

const signIn = (actor: Actor, locale: "nl" | "en") => {
  session.actor = { ...actor, mustChangePassword: false, secondFactor: passedSecondFactor(), locale };
};

async function get(
  handler: typeof search,
  path: string,
  params: Record<string, string> = {},
): Promise<{
  status: number;
  body: { error: string; code?: string; issues?: { path: string; message: string }[] };
}> {
  const response = await handler(new NextRequest(new URL(path, "http://localhost")), {
    params: Promise.resolve(params),
  });
  return { status: response.status, body: await response.json() };
}

describe("a staff route", () => {
  it("names the bad field in the staff member's language", async () => {
    signIn(receptionist, "nl");
    const dutch = await get(search, "/api/customers/search?q=Anne&limit=0");
    signIn(receptionist, "en");
    const english = await get(search, "/api/customers/search?q=Anne&limit=0");

    expect(dutch.status).toBe(400);
    expect(dutch.body.error).toBe("limit: moet minstens 1 zijn");
    expect(dutch.body.issues).toEqual([{ path: "limit", message: "moet minstens 1 zijn" }]);
    expect(english.status).toBe(400);
    expect(english.body.error).toBe("limit: must be at least 1");
    expect(english.body.issues).toEqual([{ path: "limit", message: "must be at least 1" }]);
  });

  it("says lib's refusals in that language too", async () => {
    signIn(receptionist, "nl");
    const dutchType = await get(search, "/api/customers/search?q=Anne&limit=twee");
    const dutchMissing = await get(timeline, `/api/customers/${randomUUID()}/timeline`, { id: randomUUID() });
    signIn(receptionist, "en");
    const englishMissing = await get(timeline, `/api/customers/${randomUUID()}/timeline`, {
      id: randomUUID(),
    });

    expect(dutchType.body.error).toBe("limit: moet een heel getal zijn");
    expect(dutchMissing).toEqual({
      status: 404,
      body: { error: "Deze klant bestaat niet.", code: "not_found" },
    });
    expect(englishMissing).toEqual({ status: 404, body: { error: "No such customer.", code: "not_found" } });
  });
});

describe("a server action", () => {
  const badLocation = {
    code: "x",
    name: "H".repeat(121),
    type: "castle",
    city: "Leiden",
    timeZone: "Mars/Olympus",
  };

  it("returns the form's field errors in the staff member's language", async () => {
    signIn(admin, "nl");
    const dutch = await createLocationAction(badLocation);
    signIn(admin, "en");
    const english = await createLocationAction(badLocation);

    expect(dutch).toMatchObject({
      ok: false,
      status: 400,
      code: "invalid_request",
      fieldErrors: {
        code: "Code: 2–20 letters, cijfers of streepjes, bijvoorbeeld HTL-AMS.",
        // zod's own check (no message of ours) is said generically.
        name: "mag hoogstens 120 tekens lang zijn",
        type: "Kies hotel of winkel als soort.",
        timeZone: "Onbekende tijdzone; gebruik bijvoorbeeld Europe/Amsterdam.",
      },
    });
    expect(!dutch.ok && dutch.error).toMatch(
      /^code: Code: 2–20 letters, cijfers .* name: mag hoogstens 120 tekens/,
    );
    expect(english).toMatchObject({
      ok: false,
      fieldErrors: {
        code: "Code: 2–20 letters, digits or dashes, e.g. HTL-AMS.",
        name: "must be at most 120 characters",
        type: "Type must be hotel or store.",
        timeZone: "Unknown time zone, e.g. Europe/Amsterdam.",
      },
    });
  });

  it("says a refusal of lib's own in that language", async () => {
    signIn(admin, "nl");
    const taken = { code: "HTL-LNG", name: "Hotel Leiden", type: "hotel", city: "Leiden", timeZone: "UTC" };
    const dutch = await createLocationAction(taken);
    signIn(admin, "en");
    const english = await createLocationAction(taken);

    expect(dutch).toMatchObject({
      error: "code: Een andere vestiging gebruikt deze code al.",
      fieldErrors: { code: "Een andere vestiging gebruikt deze code al." },
    });
    expect(english).toMatchObject({
      error: "code: Another location already uses this code.",
      fieldErrors: { code: "Another location already uses this code." },
    });
  });
});

describe("the public API", () => {
  it("answers a schema violation in English, without message references", async () => {
    signIn(receptionist, "nl");
    const response = await callApi(eligibility, "/api/v1/eligibility", {
      key: apiKey.key,
      body: { purpose: "survey", identifiers: [] },
      headers: { "accept-language": "nl-NL" },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: {
        code: "invalid_request",
        message: "The body does not match the schema: $.identifiers send at least one identifier",
        issues: [{ path: "$.identifiers", message: "send at least one identifier" }],
      },
    });
  });

  it("refuses an item in English, as it always has", async () => {
    const response = await callApi(events, "/api/v1/events", {
      key: apiKey.key,
      body: { events: [eventPayload({ summary: "" }), eventPayload({ locationCode: "H" })] },
      headers: { "accept-language": "nl-NL" },
    });
    const results = (response.body as { results: { errors?: unknown[] }[] }).results;
    expect(results.map((result) => result.errors)).toEqual([
      [{ path: "$.events[0].summary", message: "must not be empty" }],
      [{ path: "$.events[1].locationCode", message: "must be a location code such as HTL-AMS" }],
    ]);
  });
});
