// Outbound contact sent by a source is stored with its standing against the contact policy at its
// own time ("the event stores whether it was within policy"), and the API answer says so.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventPayload, type EventPayload } from "../../factories/event-factory";
import { createTestApiKey, type TestApiKey } from "../../helpers/api-client";
import { sendEvents } from "../../helpers/send-events";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
let apiKey: TestApiKey;

beforeAll(async () => {
  await client.connect();
  apiKey = await createTestApiKey(url, { source: "email-tool" });
});
afterAll(() => client.end());

const send = (...events: EventPayload[]) => sendEvents(apiKey.key, events);

/** Amsterdam office hours on 2026-10-{day} (summer time), so quiet hours only matter when a test says. */
const at = (day: number, time = "10:00") => `2026-10-${String(day).padStart(2, "0")}T${time}:00+02:00`;

const consent = (email: string, purpose: string) =>
  eventPayload({
    type: "consent_changed",
    channel: "email",
    occurredAt: "2026-09-30T09:00:00+02:00",
    identifiers: { email },
    consent: { purpose, channel: "email", status: "granted" },
  });
const promotion = (email: string, occurredAt: string) =>
  eventPayload({
    type: "promotion_sent",
    channel: "email",
    direction: "outbound",
    occurredAt,
    identifiers: { email },
  });

async function stored(eventId: string) {
  const { rows } = await client.query(
    `SELECT e."withinPolicy" AS "eventWithinPolicy", oc.purpose, oc."withinPolicy", oc."violatedRules", oc."policyVersion"
     FROM "JourneyEvent" e LEFT JOIN "OutboundContact" oc ON oc."eventId" = e.id WHERE e.id = $1`,
    [eventId],
  );
  return rows[0];
}

describe("recording outbound contact against the policy", () => {
  it("marks contacts within budget as within policy and the fifth in 30 days as against it", async () => {
    const email = "budget@gastvrij-test.nl";
    await send(consent(email, "promotions"));
    // Out of order on purpose: each contact is judged at its own time, earlier ones first.
    // A week apart, so only the rolling 30-day budget decides.
    const results = await send(
      promotion(email, at(29)),
      promotion(email, at(1)),
      promotion(email, at(8)),
      promotion(email, at(15)),
      promotion(email, at(22)),
    );
    expect(results.map((r) => r.policy?.withinPolicy)).toEqual([false, true, true, true, true]);
    expect(results[0]!.policy!.violatedRules).toContain("marketing_budget");

    const fifth = await stored(results[0]!.eventId!);
    expect(fifth).toMatchObject({
      eventWithinPolicy: false,
      purpose: "marketing_email",
      withinPolicy: false,
      policyVersion: 0,
    });
    expect(fifth.violatedRules).toContain("marketing_budget");
    expect(await stored(results[1]!.eventId!)).toMatchObject({ eventWithinPolicy: true, withinPolicy: true });
  });

  it("counts contacts stored earlier and refuses marketing without consent or at night", async () => {
    const email = "night@gastvrij-test.nl";
    const [noConsent] = await send(promotion(email, at(3)));
    expect(noConsent!.policy!.violatedRules).toContain("consent_missing");
    await send(consent(email, "promotions"));
    const [first] = await send(promotion(email, at(4, "12:00")));
    expect(first!.policy).toEqual({ withinPolicy: true, violatedRules: [] });
    const [sameDay] = await send(promotion(email, at(4, "20:00")));
    // The refused contact on the 3rd was still sent, so it counts toward this channel's week.
    expect(sameDay!.policy).toEqual({
      withinPolicy: false,
      violatedRules: ["marketing_daily_limit", "marketing_channel_limit"],
    });
    const [night] = await send(promotion(email, at(12, "23:30")));
    expect(night!.policy).toEqual({ withinPolicy: false, violatedRules: ["quiet_hours"] });
  });

  it("flags a survey sent right after an address change", async () => {
    const email = "moved@gastvrij-test.nl";
    await send(consent(email, "surveys"));
    const [, survey] = await send(
      eventPayload({ type: "address_change", channel: "web", occurredAt: at(12), identifiers: { email } }),
      eventPayload({
        type: "survey_sent",
        channel: "email",
        direction: "outbound",
        occurredAt: at(13),
        identifiers: { email },
      }),
    );
    expect(survey!.policy).toEqual({ withinPolicy: false, violatedRules: ["survey_after_trivial"] });
  });

  it("stores transactional messages and inbound events without a judgement", async () => {
    const [ready, visit] = await send(
      eventPayload({ type: "password_reset", channel: "email", direction: "outbound", occurredAt: at(7) }),
      eventPayload({ occurredAt: at(7) }),
    );
    expect(ready!.policy).toBeUndefined();
    expect(visit!.policy).toBeUndefined();
    expect(await stored(ready!.eventId!)).toMatchObject({ eventWithinPolicy: null, purpose: null });
  });
});
