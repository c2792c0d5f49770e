// The greeting card's contact pressure and the boards' contact badges, from the real eligibility
// loader on rows in PostgreSQL, and how a saved policy version changes them at once.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { getContactBadges } from "@/lib/contact-pressure/get-contact-badges";
import { getContactPressureCard } from "@/lib/contact-pressure/get-contact-pressure-card";
import { saveContactPolicy } from "@/lib/contact-policy/save-contact-policy";
import { DEFAULT_CONTACT_POLICY } from "@/lib/validation/contact-policy";
import { createActor } from "../../factories/actor-factory";
import { createCustomer } from "../../factories/customer-factory";
import { createLocation } from "../../factories/staff-factory";
import {
  grantEverything,
  openComplaint,
  recordInteraction,
  recordOutbound,
} from "../../factories/outbound-contact-factory";

const url = process.env.DATABASE_URL!;
const pool = new pg.Pool({ connectionString: url, max: 2 });
const DAY = 86_400_000;
// Noon in Amsterdam on a weekday: outside quiet hours, so only the rules under test decide.
const NOON = new Date("2026-11-20T11:00:00Z");
const before = (at: Date, days: number) => new Date(at.getTime() - days * DAY);
let hotel = "";
const ids = { eva: "", hana: "", finn: "", gus: "", ivo: "", jet: "", outsider: "" };

async function guest(firstName: string, code = "HTL-CPC", hasConsent = true) {
  const { id } = await createCustomer(pool, {
    firstName,
    lastName: "Guest",
    events: [
      {
        type: "check_in",
        channel: "in_person",
        direction: "inbound",
        occurredAt: before(new Date(), 300),
        summary: "Checked in",
        locationCode: code,
      },
    ],
  });
  if (hasConsent) await grantEverything(pool, id);
  return id;
}

beforeAll(async () => {
  hotel = await createLocation(url, "HTL-CPC");
  await createLocation(url, "HTL-CPD");
  const now = new Date();
  // Eva (seen at NOON) changed her address the day before; three marketing contacts this month.
  ids.eva = await guest("Eva");
  await recordInteraction(pool, ids.eva, "address_change", before(NOON, 1));
  await recordOutbound(pool, ids.eva, { purpose: "marketing_email", occurredAt: before(NOON, 20) });
  await recordOutbound(pool, ids.eva, { purpose: "marketing_email", occurredAt: before(NOON, 10) });
  await recordOutbound(pool, ids.eva, { purpose: "marketing_sms", occurredAt: before(NOON, 5) });
  // Hana (seen now, as the boards do) changed her address yesterday; two marketing contacts.
  ids.hana = await guest("Hana");
  await recordInteraction(pool, ids.hana, "address_change", before(now, 1));
  for (const days of [4, 12])
    await recordOutbound(pool, ids.hana, { purpose: "marketing_email", occurredAt: before(now, days) });
  // Finn: an open complaint and four marketing contacts in 30 days (the default budget).
  ids.finn = await guest("Finn");
  await openComplaint(pool, ids.finn, "CPL-CPC-1", before(now, 2));
  for (const days of [3, 9, 15, 25])
    await recordOutbound(pool, ids.finn, { purpose: "marketing_email", occurredAt: before(now, days) });
  // Gus: nothing that stands in the way.
  ids.gus = await guest("Gus");
  ids.outsider = await guest("Olga", "HTL-CPD");
  // Ivo never gave survey consent (like most guests); Jet refused surveys last week.
  ids.ivo = await guest("Ivo", "HTL-CPC", false);
  ids.jet = await guest("Jet");
  await pool.query(
    `INSERT INTO "Consent" (id, "customerId", purpose, channel, status, source, "occurredAt")
     VALUES (gen_random_uuid(), $1, 'surveys', 'email', 'denied', 'test', $2)`,
    [ids.jet, before(now, 7)],
  );
});

afterAll(async () => {
  await pool.end();
});

describe("the card's contact pressure", () => {
  it("counts marketing in the window by channel and says why no survey, with the other purposes OK", async () => {
    const receptionist = await createActor("receptionist", [hotel]);
    const card = await getContactPressureCard(receptionist, ids.eva, NOON);
    expect(card?.pressure).toMatchObject({ marketing: 3, budget: 4, windowDays: 30, isAtLimit: false });
    expect(card?.pressure.marketingByChannel).toEqual({ email: 2, sms: 1 });
    const verdicts = Object.fromEntries(card!.purposes.map((p) => [p.purpose, p]));
    expect(verdicts.survey?.allowed).toBe(false);
    expect(verdicts.survey?.reasons.map((r) => r.rule)).toEqual(["survey_after_trivial"]);
    expect(verdicts.survey?.reasons[0]?.message).toMatch(
      /Changed their address 1 day ago, a trivial interaction/,
    );
    expect(verdicts.survey?.earliestAllowedAt?.getTime()).toBe(NOON.getTime() + 6 * DAY);
    expect([
      verdicts.marketing_email?.allowed,
      verdicts.marketing_sms?.allowed,
      verdicts.marketing_push?.allowed,
    ]).toEqual([true, true, true]);
  });

  it("answers 404 for a customer outside the actor's locations", async () => {
    const receptionist = await createActor("receptionist", [hotel]);
    await expect(getContactPressureCard(receptionist, ids.outsider, NOON)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("board badges", () => {
  it("flags no survey with the reason and a reached limit, for all customers in one call", async () => {
    const badges = await getContactBadges([ids.hana, ids.finn, ids.gus]);
    expect(badges.get(ids.gus)).toBeUndefined();
    expect(badges.get(ids.hana)?.map((b) => b.kind)).toEqual(["no_survey"]);
    expect(badges.get(ids.hana)?.[0]?.reason).toMatch(/Changed their address 1 day ago/);
    const finn = badges.get(ids.finn) ?? [];
    expect(finn.map((b) => [b.kind, b.label])).toEqual([
      ["no_survey", "No survey"],
      ["contact_limit_reached", "Contact limit reached"],
    ]);
    expect(finn[0]?.reason).toMatch(/Complaint CPL-CPC-1 is still open/);
    expect(finn[1]?.reason).toBe("4 marketing contacts in the last 30 days; the policy allows 4");
  });

  it("leaves out what would mark most rows (no consent given, quiet hours) but shows a refusal", async () => {
    const badges = await getContactBadges([ids.ivo, ids.jet]);
    expect(badges.get(ids.ivo)).toBeUndefined();
    expect(badges.get(ids.jet)?.map((b) => [b.kind, b.reason])).toEqual([
      ["no_survey", expect.stringMatching(/^Refused surveys by email/)],
    ]);
  });
});

describe("a new policy version", () => {
  it("applies at once: with a budget of 2, Eva and Hana are at the limit and marketing is denied", async () => {
    const admin = await createActor("admin");
    await saveContactPolicy(admin, {
      settings: {
        ...DEFAULT_CONTACT_POLICY,
        marketing: { ...DEFAULT_CONTACT_POLICY.marketing, maxContacts: 2 },
      },
      note: "Budget 2",
    });
    const receptionist = await createActor("receptionist", [hotel]);
    const card = await getContactPressureCard(receptionist, ids.eva, NOON);
    expect(card?.policyVersion).toBe(1);
    expect(card?.pressure).toMatchObject({ marketing: 3, budget: 2, isAtLimit: true });
    const email = card?.purposes.find((p) => p.purpose === "marketing_email");
    expect(email?.allowed).toBe(false);
    expect(email?.reasons.map((r) => r.rule)).toContain("marketing_budget");
    const badges = await getContactBadges([ids.hana, ids.gus]);
    expect(badges.get(ids.hana)?.map((b) => b.kind)).toEqual(["no_survey", "contact_limit_reached"]);
    expect(badges.get(ids.gus)).toBeUndefined();
  });
});
