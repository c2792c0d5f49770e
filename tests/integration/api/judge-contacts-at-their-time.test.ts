// Each outbound contact of a batch is judged by what held at its own time: the consent then in force,
// the contacts and cases a full policy window before it, the customer's own time zone and only the
// trivial payments the loader would count. Labels don't exempt a message from the policy.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { eventPayload, type EventPayload } from "../../factories/event-factory";
import { createTestApiKey, type TestApiKey } from "../../helpers/api-client";
import { sendEvents } from "../../helpers/send-events";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
let apiKey: TestApiKey;

beforeAll(async () => {
  await client.connect();
  apiKey = await createTestApiKey(url, { source: "crm" });
});
afterAll(() => client.end());

async function send(...events: EventPayload[]) {
  const results = await sendEvents(apiKey.key, events);
  expect(results.map((r) => r.status)).toEqual(events.map(() => "accepted"));
  return results;
}

/** 10:00 UTC on a day of 2026 (noon in Amsterdam), outside quiet hours. */
const day = (month: number, date: number, time = "10:00") =>
  `2026-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}T${time}:00Z`;

const consent = (email: string, purpose: string, status: string, occurredAt: string, channel = "email") =>
  eventPayload({
    type: "consent_changed",
    channel,
    occurredAt,
    identifiers: { email },
    consent: { purpose, channel, status },
  });
const outbound = (email: string, type: string, occurredAt: string, extra: Partial<EventPayload> = {}) =>
  eventPayload({
    type,
    channel: "email",
    direction: "outbound",
    occurredAt,
    identifiers: { email },
    ...extra,
  });

async function stored(eventId: string) {
  const { rows } = await client.query(
    `SELECT e."withinPolicy" AS "eventWithinPolicy", oc.purpose, oc."withinPolicy", oc."violatedRules"
     FROM "JourneyEvent" e LEFT JOIN "OutboundContact" oc ON oc."eventId" = e.id WHERE e.id = $1`,
    [eventId],
  );
  return rows[0];
}

describe("consent at the contact's own time", () => {
  it("judges a newsletter sent between a stored grant and a stored refusal by the grant", async () => {
    const email = "between@gastvrij-test.nl";
    await send(
      consent(email, "newsletter", "granted", day(3, 1)),
      consent(email, "newsletter", "denied", day(3, 20)),
    );
    const [between, after] = await send(
      outbound(email, "newsletter_sent", day(3, 10)),
      outbound(email, "newsletter_sent", day(3, 25)),
    );
    expect(between!.policy).toEqual({ withinPolicy: true, violatedRules: [] });
    expect(await stored(between!.eventId!)).toMatchObject({ eventWithinPolicy: true, withinPolicy: true });
    expect(after!.policy).toEqual({ withinPolicy: false, violatedRules: ["consent_refused"] });
    expect(await stored(after!.eventId!)).toMatchObject({
      eventWithinPolicy: false,
      violatedRules: ["consent_refused"],
    });
  });

  it("does the same when the consents come in the batch with the newsletters", async () => {
    const email = "same-batch@gastvrij-test.nl";
    const [, , between, , after] = await send(
      consent(email, "newsletter", "granted", day(4, 1)),
      consent(email, "newsletter", "denied", day(4, 20)),
      outbound(email, "newsletter_sent", day(4, 10)),
      consent(email, "promotions", "granted", day(4, 2)),
      outbound(email, "newsletter_sent", day(4, 25)),
    );
    expect(await stored(between!.eventId!)).toMatchObject({ withinPolicy: true, violatedRules: [] });
    expect(await stored(after!.eventId!)).toMatchObject({
      withinPolicy: false,
      violatedRules: ["consent_refused"],
    });
  });
});

describe("a batch spanning more than the policy's windows", () => {
  it("counts the contacts a full window before its earliest event", async () => {
    const email = "long-batch@gastvrij-test.nl";
    await send(
      consent(email, "promotions", "granted", day(5, 1)),
      ...[3, 9, 16, 23].map((date) => outbound(email, "promotion_sent", day(5, date))),
    );
    // 4 offers in May fill the budget of 4 per 30 days; June 1 is over it, July 15 is not.
    const [june, july] = await send(
      outbound(email, "promotion_sent", day(6, 1)),
      outbound(email, "promotion_sent", day(7, 15)),
    );
    expect(june!.policy).toEqual({ withinPolicy: false, violatedRules: ["marketing_budget"] });
    expect(july!.policy).toEqual({ withinPolicy: true, violatedRules: [] });
  });

  it("sees a case resolved just before its earliest survey", async () => {
    const email = "resolved@gastvrij-test.nl";
    await send(
      consent(email, "surveys", "granted", day(5, 1)),
      eventPayload({
        type: "complaint",
        channel: "email",
        occurredAt: day(5, 10),
        identifiers: { email },
        serviceCase: { reference: "CS-LONG-1" },
      }),
      eventPayload({
        type: "case_resolved",
        channel: "email",
        direction: "outbound",
        occurredAt: day(5, 12, "08:00"),
        identifiers: { email },
        serviceCase: { reference: "CS-LONG-1" },
      }),
    );
    const [early, late] = await send(
      outbound(email, "survey_sent", day(5, 12, "14:00")),
      outbound(email, "promotion_sent", day(7, 20)),
    );
    expect(early!.policy?.violatedRules).toEqual(["survey_case_recently_resolved"]);
    expect(late!.policy?.violatedRules).toEqual(["consent_missing"]);
  });

  it("sees a complaint opened earlier in the same batch as the survey", async () => {
    const email = "same-batch-case@gastvrij-test.nl";
    await send(consent(email, "surveys", "granted", day(6, 1)));
    const [, survey] = await send(
      eventPayload({
        type: "complaint",
        channel: "email",
        occurredAt: day(6, 10),
        identifiers: { email },
        serviceCase: { reference: "CS-SAME-1" },
      }),
      outbound(email, "survey_sent", day(6, 10, "11:00")),
    );
    expect(survey!.policy?.withinPolicy).toBe(false);
    expect(survey!.policy?.violatedRules).toContain("survey_case_open");
  });
});

describe("what the batch itself says", () => {
  it("judges a customer created by the batch in the time zone the batch gives", async () => {
    const email = "new-yorker@gastvrij-test.nl";
    const traits = { timeZone: "America/New_York" };
    // 23:30 in Amsterdam is 17:30 in New York: no quiet hours there.
    const [, offer] = await send(
      eventPayload({ ...consent(email, "promotions", "granted", day(8, 1)), traits }),
      outbound(email, "promotion_sent", day(8, 3, "21:30"), { traits }),
    );
    expect(offer!.policy).toEqual({ withinPolicy: true, violatedRules: [] });
  });

  it("counts only payments in euros as trivial, as stored ones are", async () => {
    const email = "dollars@gastvrij-test.nl";
    const payment = (payload: Record<string, unknown>, date: number) =>
      eventPayload({
        type: "payment",
        channel: "web",
        occurredAt: day(8, date),
        identifiers: { email },
        payload,
      });
    const [, , usdSurvey] = await send(
      consent(email, "surveys", "granted", day(8, 1)),
      payment({ amount: 5, currency: "USD" }, 2),
      outbound(email, "survey_sent", day(8, 3)),
    );
    expect(usdSurvey!.policy).toEqual({ withinPolicy: true, violatedRules: [] });
    const other = "euros@gastvrij-test.nl";
    const [, , eurSurvey] = await send(
      consent(other, "surveys", "granted", day(8, 1)),
      eventPayload({
        type: "payment",
        channel: "web",
        occurredAt: day(8, 2),
        identifiers: { email: other },
        payload: { amount: "5.00" },
      }),
      outbound(other, "survey_sent", day(8, 3), { identifiers: { email: other } }),
    );
    expect(eurSurvey!.policy?.violatedRules).toEqual(["survey_after_trivial"]);
  });
});

describe("service follow-ups", () => {
  it("judges a newsletter labelled service_followup as marketing, and counts it", async () => {
    const email = "labelled@gastvrij-test.nl";
    const [, , labelled, offer] = await send(
      consent(email, "newsletter", "granted", day(9, 1)),
      consent(email, "promotions", "granted", day(9, 1)),
      outbound(email, "newsletter_sent", day(9, 2, "08:00"), {
        payload: { contactPurpose: "service_followup" },
      }),
      outbound(email, "promotion_sent", day(9, 2, "12:00")),
    );
    expect(labelled!.policy).toEqual({ withinPolicy: false, violatedRules: ["not_a_followup"] });
    expect(await stored(labelled!.eventId!)).toMatchObject({
      purpose: "marketing_email",
      withinPolicy: false,
    });
    // Counted: the offer later that day is the second marketing contact of the day.
    expect(offer!.policy?.violatedRules).toEqual(["marketing_daily_limit"]);
  });

  it("takes a reply as a follow-up within the customer's case or answering their contact, not otherwise", async () => {
    const email = "asked@gastvrij-test.nl";
    const [, inCase, , answer, unasked] = await send(
      eventPayload({
        type: "complaint",
        channel: "phone",
        occurredAt: day(9, 10),
        identifiers: { email },
        serviceCase: { reference: "CS-FU-1" },
      }),
      outbound(email, "service_reply", day(9, 10, "22:00"), { payload: { caseRef: "CS-FU-1" } }),
      eventPayload({
        type: "service_contact",
        channel: "chat",
        occurredAt: day(9, 20),
        identifiers: { email },
      }),
      outbound(email, "service_reply", day(9, 21)),
      outbound(email, "service_reply", day(10, 20)),
    );
    expect(inCase!.policy).toEqual({ withinPolicy: true, violatedRules: [] });
    expect(await stored(inCase!.eventId!)).toMatchObject({ purpose: "service_followup", withinPolicy: true });
    expect(await stored(answer!.eventId!)).toMatchObject({ purpose: "service_followup", withinPolicy: true });
    expect(unasked!.policy).toEqual({
      withinPolicy: false,
      violatedRules: ["not_a_followup", "consent_missing"],
    });
    expect(await stored(unasked!.eventId!)).toMatchObject({ purpose: "marketing_email" });
  });

  it("takes a social reply naming another customer's case as unsolicited", async () => {
    const [owner, stranger] = ["case-owner@gastvrij-test.nl", "stranger@gastvrij-test.nl"];
    const [, reply] = await send(
      eventPayload({
        type: "complaint",
        channel: "email",
        occurredAt: day(9, 5),
        identifiers: { email: owner },
        serviceCase: { reference: "CS-FU-2" },
      }),
      outbound(stranger, "service_reply", day(9, 6), { channel: "social", payload: { caseRef: "CS-FU-2" } }),
    );
    expect(reply!.policy).toEqual({
      withinPolicy: false,
      violatedRules: ["not_a_followup", "proactive_social_forbidden"],
    });
  });
});

describe("the documented payload conventions", () => {
  it("lists the payload keys the policy reads in the OpenAPI document", async () => {
    const response = await openApi(new NextRequest("http://localhost:3400/api/v1/openapi.json"));
    const document = (await response.json()) as {
      components: { schemas: { Event: { properties: { payload: { description: string } } } } };
    };
    const { description } = document.components.schemas.Event.properties.payload;
    for (const key of [
      "contactPurpose",
      "caseRef",
      "addressedToUs",
      "safetyIssue",
      "subjectRef",
      "not_a_followup",
    ])
      expect(description).toContain(key);
  });
});
