// The contact-pressure insights on real rows: over-budget customers scoped to the manager's
// locations, contacts against policy by rule, source and week, surveys after trivial interactions.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { getContactPressureInsights } from "@/lib/insights/get-contact-pressure-insights";
import { getPolicyViolations } from "@/lib/insights/get-policy-violations";
import { listCustomersOverBudget } from "@/lib/insights/list-customers-over-budget";
import { listSurveysAfterTrivial } from "@/lib/insights/list-surveys-after-trivial";
import { weekStarts } from "@/lib/insights/week-starts";
import { DEFAULT_CONTACT_POLICY } from "@/lib/validation/contact-policy";
import { createActor } from "../../factories/actor-factory";
import { createCustomer } from "../../factories/customer-factory";
import { createLocation } from "../../factories/staff-factory";
import { recordOutbound, type OutboundInput } from "../../factories/outbound-contact-factory";

const url = process.env.DATABASE_URL!;
const pool = new pg.Pool({ connectionString: url, max: 2 });
const DAY = 86_400_000;
const NOW = new Date();
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const ids = { annaAtA: "", bramAtA: "", coraAtB: "" };
let hotelA = "";

async function customerAt(code: string, firstName: string, contacts: OutboundInput[]) {
  const { id } = await createCustomer(pool, {
    firstName,
    lastName: "Tester",
    events: [
      {
        type: "check_in",
        channel: "in_person",
        direction: "inbound",
        occurredAt: ago(200),
        summary: "Checked in",
        locationCode: code,
      },
    ],
  });
  for (const contact of contacts) await recordOutbound(pool, id, contact);
  return id;
}

const marketing = (days: number[], extra: Partial<OutboundInput> = {}): OutboundInput[] =>
  days.map((d) => ({ purpose: "marketing_email", occurredAt: ago(d), ...extra }));

beforeAll(async () => {
  hotelA = await createLocation(url, "HTL-INA");
  await createLocation(url, "HTL-INB");
  // Anna: 6 marketing contacts in 30 days (budget 4): over; one of them against policy.
  ids.annaAtA = await customerAt("HTL-INA", "Anna", [
    ...marketing([1, 3, 6, 10, 20]),
    {
      purpose: "marketing_sms",
      occurredAt: ago(2),
      source: "sms-tool",
      withinPolicy: false,
      violatedRules: ["marketing_budget", "quiet_hours"],
    },
    { purpose: "survey", occurredAt: ago(4), withinPolicy: false, violatedRules: ["survey_after_trivial"] },
  ]);
  // Bram: exactly at the budget (4), one more exactly 30 days ago no longer counts; history unchecked.
  ids.bramAtA = await customerAt("HTL-INA", "Bram", [
    ...marketing([1, 5, 9, 15]),
    { purpose: "marketing_email", occurredAt: ago(30) },
    { purpose: "service_followup", occurredAt: ago(40), source: "service-desk", withinPolicy: null },
    { purpose: "survey", occurredAt: ago(120), withinPolicy: false, violatedRules: ["survey_after_trivial"] },
  ]);
  // Cora, at the other hotel: 7 contacts, over budget, but not the manager's to see.
  ids.coraAtB = await customerAt("HTL-INB", "Cora", [
    ...marketing([1, 2, 3, 4, 5, 6, 7]),
    {
      purpose: "survey",
      occurredAt: ago(8),
      withinPolicy: false,
      violatedRules: ["survey_after_trivial", "survey_interval"],
    },
  ]);
});

afterAll(async () => {
  await pool.end();
});

describe("customers over budget", () => {
  it("lists customers with more marketing contacts in the window than the budget, most first, in scope only", async () => {
    const manager = await createActor("manager", [hotelA]);
    const result = await listCustomersOverBudget(manager, DEFAULT_CONTACT_POLICY.marketing, NOW);
    expect(result.count).toBe(1);
    expect(result.customers.map((c) => [c.name, c.contacts])).toEqual([["Anna Tester", 6]]);

    const admin = await createActor("admin");
    const all = await listCustomersOverBudget(admin, DEFAULT_CONTACT_POLICY.marketing, NOW);
    expect(all.customers.map((c) => [c.name, c.contacts])).toEqual([
      ["Cora Tester", 7],
      ["Anna Tester", 6],
    ]);
  });

  it("follows the policy's budget: at 3, Bram's 4 are over too", async () => {
    const manager = await createActor("manager", [hotelA]);
    const result = await listCustomersOverBudget(
      manager,
      { ...DEFAULT_CONTACT_POLICY.marketing, maxContacts: 3 },
      NOW,
    );
    expect(result.customers.map((c) => c.name)).toEqual(["Anna Tester", "Bram Tester"]);
  });
});

describe("contacts against policy", () => {
  it("counts the last 90 days by rule, source and week, within the manager's locations", async () => {
    const manager = await createActor("manager", [hotelA]);
    const result = await getPolicyViolations(manager, NOW);
    // Anna 7 + Bram 6 within 90 days (Bram's 120-day-old survey is out).
    expect(result.totals).toEqual({ contacts: 13, within: 10, against: 2, unchecked: 1 });
    expect(result.byRule).toEqual([
      { rule: "marketing_budget", count: 1 },
      { rule: "quiet_hours", count: 1 },
      { rule: "survey_after_trivial", count: 1 },
    ]);
    expect(result.bySource).toEqual([
      { source: "email-tool", contacts: 11, within: 10, against: 1, unchecked: 0 },
      { source: "sms-tool", contacts: 1, within: 0, against: 1, unchecked: 0 },
      { source: "service-desk", contacts: 1, within: 0, against: 0, unchecked: 1 },
    ]);
    expect(result.surveysAfterTrivial).toBe(1);
    // Each contact in the week that holds it (the SQL buckets against the same week starts).
    const weeks = weekStarts(ago(90), NOW, "Europe/Amsterdam");
    const inScope = [1, 3, 6, 10, 20, 2, 4, 1, 5, 9, 15, 30, 40].map(ago);
    const expected = weeks.map(
      (week, i) =>
        inScope.filter((at) => at >= week.at && (i + 1 === weeks.length || at < weeks[i + 1]!.at)).length,
    );
    expect(result.weekly.map((week) => week.weekStart)).toEqual(weeks.map((week) => week.day));
    expect(result.weekly.map((week) => week.contacts)).toEqual(expected);
    expect(result.weekly.reduce((sum, week) => sum + week.against, 0)).toBe(2);
  });

  it("lists the latest surveys after trivial interactions with a link target", async () => {
    const admin = await createActor("admin");
    const surveys = await listSurveysAfterTrivial(admin, ago(90));
    expect(surveys.map((s) => [s.customerId, s.name])).toEqual([
      [ids.annaAtA, "Anna Tester"],
      [ids.coraAtB, "Cora Tester"],
    ]);
  });

  it("is for managers and admins only", async () => {
    for (const role of ["receptionist", "store_staff", "intern"] as const) {
      const actor = await createActor(role, [hotelA]);
      await expect(getContactPressureInsights(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getPolicyViolations(actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("puts it together for the page against the policy in force", async () => {
    const manager = await createActor("manager", [hotelA]);
    const insights = await getContactPressureInsights(manager);
    expect(insights.policyVersion).toBe(0);
    expect(insights.overBudget.count).toBe(1);
    expect(insights.violations.totals.against).toBe(2);
    expect(insights.surveysAfterTrivial.map((s) => s.name)).toEqual(["Anna Tester"]);
  });
});
