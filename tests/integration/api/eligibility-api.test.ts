import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/customers/[identifier]/eligibility/route";
import { POST } from "@/app/api/v1/eligibility/route";
import { checkEligibility } from "@/lib/eligibility/check-eligibility";
import { db } from "@/lib/db/client";
import { mergeInTransaction } from "@/lib/identity/merge-in-transaction";
import { DEFAULT_CONTACT_POLICY } from "@/lib/validation/contact-policy";
import {
  addCase,
  addConsent,
  addInteraction,
  addOutbound,
  historyCustomer,
} from "../../factories/contact-history-factory";
import { callApi, createTestApiKey, type TestApiKey } from "../../helpers/api-client";

const url = process.env.DATABASE_URL!;
const DAY = 86_400_000;
const LONG_AGO = new Date("2024-01-01T10:00:00Z");
let reader: TestApiKey;
let ingestOnly: TestApiKey;
let anne: string;
/** What the tests read from answers: loose on purpose, since the answers are what is under test. */
interface Answer {
  [key: string]: unknown;
  status?: string;
  purpose?: string;
  customerId?: string;
  allowed?: boolean;
  reasons: { rule: string; message: string }[];
  earliestAllowedAt?: string | null;
  policyVersion?: number;
  checkedAt: string;
  found: number;
  notFound: number;
  results: Answer[];
  index?: number;
  error: { code: string; message: string; issues: { path: string }[] };
}
const ago = (days: number) => new Date(Date.now() - days * DAY);

async function get(identifier: string, query: string, key: string | null = reader.key) {
  const path = `/api/v1/customers/${encodeURIComponent(identifier)}/eligibility?${query}`;
  const request = new NextRequest(new URL(path, "http://localhost"), {
    method: "GET",
    headers: key ? { authorization: `Bearer ${key}` } : {},
  });
  const response = await GET(request, { params: Promise.resolve({ identifier }) });
  return { status: response.status, body: (await response.json()) as Answer };
}
const post = (body: unknown, key: string | null = reader.key) =>
  callApi(POST, "/api/v1/eligibility", { key, body }) as Promise<{ status: number; body: Answer }>;

beforeAll(async () => {
  reader = await createTestApiKey(url, { source: "email-tool", scopes: ["eligibility:read"] });
  ingestOnly = await createTestApiKey(url, { source: "web-shop", scopes: ["ingest"] });
  anne = await historyCustomer([
    { type: "email", value: "Anne@Example.nl" },
    { type: "phone", value: "+31612345678" },
  ]);
  await addConsent(anne, "promotions", "email", "granted", LONG_AGO);
  await addConsent(anne, "promotions", "sms", "granted", LONG_AGO);
  await addConsent(anne, "surveys", "email", "granted", LONG_AGO);
  await addConsent(anne, "promotions", "sms", "denied", ago(3));
  for (const [days, channel] of [
    [2, "sms"],
    [9, "app"],
    [16, "email"],
    [24, "email"],
  ] as const) {
    await addOutbound(
      anne,
      channel === "email" ? "marketing_email" : channel === "sms" ? "marketing_sms" : "marketing_push",
      channel,
      ago(days),
    );
  }
  await addOutbound(anne, "survey", "email", ago(200), "BK7781");
});

describe("eligibility API: keys and scopes", () => {
  it("answers 401 without a key and 403 for a key without the eligibility scope", async () => {
    expect((await get("email:anne@example.nl", "purpose=survey", null)).status).toBe(401);
    const forbidden = await get("email:anne@example.nl", "purpose=survey", ingestOnly.key);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.message).toContain("eligibility:read");
    expect((await post({ purpose: "survey", identifiers: ["email:anne@example.nl"] }, null)).status).toBe(
      401,
    );
    expect(
      (await post({ purpose: "survey", identifiers: ["email:anne@example.nl"] }, ingestOnly.key)).status,
    ).toBe(403);
  });
});

describe("GET /api/v1/customers/{identifier}/eligibility", () => {
  it("answers with the engine's verdict for the customer's stored history", async () => {
    const response = await get("email:ANNE@example.nl ", "purpose=marketing_email");
    expect(response.status).toBe(200);
    const now = new Date(response.body.checkedAt);
    const expected = checkEligibility({
      now,
      customer: { timeZone: "Europe/Amsterdam" },
      policy: { version: 0, settings: DEFAULT_CONTACT_POLICY },
      purpose: "marketing_email",
      outbound: (await db.outboundContact.findMany({ where: { customerId: anne } })).map((row) => ({
        occurredAt: row.occurredAt,
        purpose: row.purpose,
        channel: row.channel,
        subjectRef: row.subjectRef,
      })),
      interactions: [],
      cases: [],
      consents: await db.consent.findMany({ where: { customerId: anne } }),
    });
    expect(response.body).toEqual({
      identifier: "email:ANNE@example.nl ",
      customerId: anne,
      purpose: "marketing_email",
      allowed: false,
      // The API says each reason as its rule and English sentence, without the data behind it.
      reasons: expected.reasons.map(({ rule, message }) => ({ rule, message })),
      earliestAllowedAt: expected.earliestAllowedAt?.toISOString() ?? null,
      policyVersion: 0,
      checkedAt: response.body.checkedAt,
    });
    expect(response.body.reasons.map((reason) => reason.rule)).toContain("marketing_budget");
  });

  it("resolves a phone number in any format and reports a refusal as not by waiting", async () => {
    const response = await get("phone:06 1234 5678", "purpose=marketing_sms");
    expect(response.status).toBe(200);
    expect(response.body.customerId).toBe(anne);
    expect(response.body.earliestAllowedAt).toBeNull();
    expect(response.body.reasons.map((reason) => reason.rule)).toContain("consent_refused");
  });

  it("denies a second survey about the same stay", async () => {
    const response = await get("email:anne@example.nl", "purpose=survey&subject=bk 7781");
    expect(response.body.reasons.map((reason) => reason.rule)).toContain("survey_subject_already_surveyed");
    const other = await get("email:anne@example.nl", "purpose=survey&subject=BK7782");
    expect(other.body.reasons.map((reason) => reason.rule)).not.toContain("survey_subject_already_surveyed");
  });

  it("answers 404 for an identifier nobody has", async () => {
    const response = await get("email:nobody@example.nl", "purpose=survey");
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("not_found");
  });

  it.each([
    { identifier: "email:anne@example.nl", query: "purpose=spam", path: "$query.purpose" },
    { identifier: "email:anne@example.nl", query: "", path: "$query.purpose" },
    { identifier: "email:anne@example.nl", query: "purpose=survey&channel=fax", path: "$query.channel" },
    { identifier: "email:not-an-email", query: "purpose=survey", path: "$path.identifier" },
    { identifier: "fax:0201234567", query: "purpose=survey", path: "$path.identifier" },
    { identifier: "anne@example.nl", query: "purpose=survey", path: "$path.identifier" },
    { identifier: "customer:12", query: "purpose=survey", path: "$path.identifier" },
  ])("answers 400 naming $path for $identifier ?$query", async ({ identifier, query, path }) => {
    const response = await get(identifier, query);
    expect(response.status).toBe(400);
    expect(response.body.error.issues[0]?.path).toBe(path);
  });

  it("keeps a merged customer's Gastvrij id resolvable", async () => {
    const survivor = await historyCustomer([{ type: "email", value: "survivor@example.nl" }]);
    const merged = await historyCustomer([{ type: "email", value: "merged@example.nl" }]);
    await db.$transaction((tx) =>
      mergeInTransaction(tx, {
        survivorId: survivor,
        mergedId: merged,
        reason: "test",
        identityType: null,
        mergedById: null,
      }),
    );
    for (const identifier of [`customer:${merged}`, "email:merged@example.nl", `customer:${survivor}`]) {
      const response = await get(identifier, "purpose=service_followup");
      expect(response.status).toBe(200);
      expect(response.body.customerId).toBe(survivor);
    }
  });

  it("never resolves a shared web id", async () => {
    await historyCustomer([{ type: "web_id", value: "shared-tablet-1", isShared: true }]);
    expect((await get("web_id:shared-tablet-1", "purpose=survey")).status).toBe(404);
  });

  it("reflects a policy change at once", async () => {
    const before = await get("email:anne@example.nl", "purpose=marketing_push");
    expect(before.body.policyVersion).toBe(0);
    const settings = {
      ...DEFAULT_CONTACT_POLICY,
      marketing: { ...DEFAULT_CONTACT_POLICY.marketing, maxContacts: 9 },
    };
    await db.contactPolicy.create({ data: { version: 1, settings, note: "More room" } });
    const after = await get("email:anne@example.nl", "purpose=marketing_push");
    expect(after.body.policyVersion).toBe(1);
    expect(after.body.reasons.map((reason) => reason.rule)).not.toContain("marketing_budget");
    await db.contactPolicy.deleteMany({});
  });
});

describe("POST /api/v1/eligibility", () => {
  it("answers every identifier in order, with per-item purposes and not_found", async () => {
    const response = await post({
      purpose: "marketing_email",
      identifiers: [
        "email:anne@example.nl",
        { identifier: "phone:+31612345678", purpose: "service_followup" },
        "email:nobody@example.nl",
        { identifier: "email:anne@example.nl", purpose: "survey", subject: "BK7781" },
      ],
    });
    expect(response.status).toBe(200);
    expect(response.body.found).toBe(3);
    expect(response.body.notFound).toBe(1);
    const results = response.body.results;
    expect(results.map((result) => [result.index, result.status, result.purpose])).toEqual([
      [0, "found", "marketing_email"],
      [1, "found", "service_followup"],
      [2, "not_found", "marketing_email"],
      [3, "found", "survey"],
    ]);
    // Anne has no case and asked nothing lately: a "follow-up" would be a marketing text.
    expect(results[1]!.allowed).toBe(false);
    expect(results[1]!.reasons[0]?.rule).toBe("not_a_followup");
    expect(results[0]!.reasons.map((reason) => reason.rule)).toContain("marketing_budget");
    expect(results[3]!.reasons.map((reason) => reason.rule)).toContain("survey_subject_already_surveyed");
    // The batch and the single endpoint agree.
    const single = await get("email:anne@example.nl", "purpose=marketing_email");
    expect(single.body.reasons.map((r) => r.rule)).toEqual(results[0]!.reasons.map((r) => r.rule));
  });

  it("takes exactly 1,000 identifiers and refuses 1,001 naming the field", async () => {
    const identifiers = (count: number) =>
      Array.from({ length: count }, (_, i) => `email:guest${i}@example.nl`);
    const full = await post({ purpose: "survey", identifiers: identifiers(1000) });
    expect(full.status).toBe(200);
    expect(full.body.results).toHaveLength(1000);
    expect(full.body.notFound).toBe(1000);
    const over = await post({ purpose: "survey", identifiers: identifiers(1001) });
    expect(over.status).toBe(400);
    expect(over.body.error.issues[0]?.path).toBe("$.identifiers");
    expect(over.body.error.message).toContain("at most 1,000");
  });

  it("answers 413 for a body over 1 MB", async () => {
    const response = await post({
      purpose: "survey",
      identifiers: [`external_user_id:${"x".repeat(1_100_000)}`],
    });
    expect(response.status).toBe(413);
  });

  it.each([
    { body: { purpose: "spam", identifiers: ["email:anne@example.nl"] }, path: "$.purpose" },
    { body: { identifiers: ["email:anne@example.nl"] }, path: "$.identifiers[0]" },
    { body: { purpose: "survey", identifiers: [] }, path: "$.identifiers" },
    {
      body: { purpose: "survey", identifiers: ["email:anne@example.nl", "email:nope"] },
      path: "$.identifiers[1]",
    },
    {
      body: { purpose: "survey", identifiers: [{ identifier: "phone:abc" }] },
      path: "$.identifiers[0].identifier",
    },
    {
      body: { purpose: "survey", identifiers: [{ identifier: "email:a@b.nl", purpose: "x" }] },
      path: "$.identifiers[0].purpose",
    },
    { body: { purpose: "survey", identifiers: [42] }, path: "$.identifiers[0]" },
    { body: { purpose: "survey", identifiers: ["email:a@b.nl"], extra: true }, path: "$" },
  ])("answers 400 naming $path", async ({ body, path }) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.body.error.issues.map((issue) => issue.path)).toContain(path);
  });
});

describe("service follow-up", () => {
  it("is free while it answers an open or recently resolved case of the customer, and names it otherwise", async () => {
    const customer = await historyCustomer([{ type: "email", value: "followup.case@example.nl" }]);
    const open = await addCase(customer, "open", ago(4));
    const resolved = await addCase(customer, "resolved", ago(30), ago(10));
    const old = await addCase(customer, "resolved", ago(60), ago(20));
    const other = await addCase(anne, "open", ago(4));
    const ask = async (subject: string) =>
      (await get("email:followup.case@example.nl", `purpose=service_followup&subject=${subject}`)).body;

    for (const subject of [open, resolved, open.toLowerCase()]) {
      expect(await ask(subject)).toMatchObject({ purpose: "service_followup", allowed: true, reasons: [] });
    }
    for (const subject of [old, other]) {
      const answer = await ask(subject);
      expect(answer).toMatchObject({ purpose: "service_followup", allowed: false, earliestAllowedAt: null });
      expect(answer.reasons[0]).toMatchObject({ rule: "not_a_followup" });
      expect(answer.reasons[0]!.message).toContain(subject);
      // Judged as the marketing email it would be: no consent for that either.
      expect(answer.reasons.map((reason) => reason.rule)).toContain("consent_missing");
    }
  });

  it("judges one that answers nothing by the marketing history it would add to, asked alone or in a batch", async () => {
    // Anne has granted email offers and had four marketing sends this month.
    const alone = await get("email:anne@example.nl", "purpose=service_followup");
    expect(alone.body).toMatchObject({
      purpose: "service_followup",
      allowed: false,
      earliestAllowedAt: null,
    });
    const rules = alone.body.reasons.map((reason) => reason.rule);
    expect(rules[0]).toBe("not_a_followup");
    expect(rules).toContain("marketing_budget");
    expect(rules).not.toContain("consent_missing");
    const batch = await post({
      identifiers: [
        { identifier: "email:anne@example.nl", purpose: "service_followup" },
        { identifier: "email:anne@example.nl", purpose: "survey" },
      ],
    });
    expect(batch.body.results[0]!.reasons.map((reason) => reason.rule)).toEqual(rules);
  });

  it("answers a recent question of the customer without a case, but not one from weeks ago", async () => {
    const recent = await historyCustomer([{ type: "email", value: "followup.recent@example.nl" }]);
    await addInteraction(recent, "info_question", ago(3));
    const stale = await historyCustomer([{ type: "email", value: "followup.stale@example.nl" }]);
    await addInteraction(stale, "info_question", ago(20));
    const response = await post({
      purpose: "service_followup",
      identifiers: [
        "email:followup.recent@example.nl",
        "email:followup.stale@example.nl",
        { identifier: "email:followup.recent@example.nl", channel: "sms" },
      ],
    });
    const [answersRecent, answersStale, bySms] = response.body.results;
    expect(answersRecent).toMatchObject({ allowed: true, purpose: "service_followup" });
    expect(answersStale).toMatchObject({ allowed: false, purpose: "service_followup" });
    expect(answersStale!.reasons[0]!.message).toContain("answers no case or recent question");
    expect(bySms).toMatchObject({ allowed: true });
  });
});

describe("OpenAPI document", () => {
  it("lists both eligibility endpoints with their errors", async () => {
    const { GET: openapi } = await import("@/app/api/v1/openapi.json/route");
    const response = await openapi(new NextRequest("http://localhost/api/v1/openapi.json"));
    const document = (await response.json()) as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, unknown>; parameters?: { name: string }[] }>
      >;
    };
    const single = document.paths["/api/v1/customers/{identifier}/eligibility"]?.get;
    expect(Object.keys(single?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "400", "401", "403", "404"]),
    );
    expect(single?.parameters?.map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining(["identifier", "purpose", "subject"]),
    );
    const batch = document.paths["/api/v1/eligibility"]?.post;
    expect(Object.keys(batch?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "400", "401", "403", "413"]),
    );
  });
});
