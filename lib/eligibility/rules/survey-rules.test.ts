import { describe, expect, it } from "vitest";
import type { EventType } from "@/lib/generated/prisma/enums";
import { DEFAULT_CONTACT_POLICY } from "@/lib/validation/contact-policy";
import { before, DAY, eligibilityInput, HOUR, policy } from "@/tests/factories/eligibility-factory";
import type { CaseInput, OutboundContactInput } from "@/lib/eligibility/eligibility-types";
import { checkEligibility } from "@/lib/eligibility/check-eligibility";

const NOW = new Date("2026-06-10T12:00:00+02:00");
const MINUTE = 60_000;

const survey = (age: number, subjectRef: string | null = null): OutboundContactInput => ({
  occurredAt: before(NOW, age),
  purpose: "survey",
  channel: "email",
  subjectRef,
});
const check = (overrides: Parameters<typeof eligibilityInput>[0]) =>
  checkEligibility(eligibilityInput({ now: NOW, purpose: "survey", ...overrides }));
const rules = (result: ReturnType<typeof check>) => result.reasons.map((reason) => reason.rule);

describe("surveys: at most one per 90 days", () => {
  it.each([
    { name: "12 days", age: 12 * DAY, allowed: false },
    { name: "a minute short of 90 days", age: 90 * DAY - MINUTE, allowed: false },
    { name: "exactly 90 days", age: 90 * DAY, allowed: true },
    { name: "200 days", age: 200 * DAY, allowed: true },
  ])("last survey $name ago: allowed = $allowed", ({ age, allowed }) => {
    const result = check({ outbound: [survey(age)] });
    expect(result.allowed).toBe(allowed);
    if (!allowed) {
      expect(rules(result)).toEqual(["survey_interval"]);
      expect(result.earliestAllowedAt).toEqual(new Date(NOW.getTime() - age + 90 * DAY));
    }
  });

  it("says when it was and when the next is allowed", () => {
    const result = check({ outbound: [survey(12 * DAY)] });
    expect(result.reasons[0]?.message).toBe(
      "Surveyed 12 days ago; the next survey is allowed from 27 Aug at 12:00",
    );
  });
});

describe("surveys: never after a trivial interaction", () => {
  const interaction = (type: EventType, age: number, amount: number | null = null) => ({
    type,
    occurredAt: before(NOW, age),
    amount,
  });

  it.each([
    {
      name: "an address change 2 days ago",
      interactions: [interaction("address_change", 2 * DAY)],
      allowed: false,
    },
    {
      name: "a password reset an hour ago",
      interactions: [interaction("password_reset", HOUR)],
      allowed: false,
    },
    {
      name: "an opening-hours question yesterday",
      interactions: [interaction("info_question", DAY)],
      allowed: false,
    },
    { name: "an invoice copy request", interactions: [interaction("invoice_copy", 3 * DAY)], allowed: false },
    { name: "a payment of €24.99", interactions: [interaction("payment", DAY, 24.99)], allowed: false },
    { name: "a payment of exactly €25", interactions: [interaction("payment", DAY, 25)], allowed: true },
    { name: "a payment of €380", interactions: [interaction("payment", DAY, 380)], allowed: true },
    { name: "a payment of unknown amount", interactions: [interaction("payment", DAY)], allowed: true },
    {
      name: "an address change exactly 7 days ago",
      interactions: [interaction("address_change", 7 * DAY)],
      allowed: true,
    },
    {
      name: "an address change a minute short of 7 days",
      interactions: [interaction("address_change", 7 * DAY - MINUTE)],
      allowed: false,
    },
    { name: "a stay (not trivial)", interactions: [interaction("check_out", DAY)], allowed: true },
  ])("$name: allowed = $allowed", ({ interactions, allowed }) => {
    const result = check({ interactions });
    expect(result.allowed).toBe(allowed);
    if (!allowed) expect(rules(result)).toEqual(["survey_after_trivial"]);
  });

  it("waits from the latest trivial interaction and names it", () => {
    const result = check({
      interactions: [interaction("password_reset", 5 * DAY), interaction("address_change", 2 * DAY)],
    });
    expect(result.earliestAllowedAt).toEqual(new Date(NOW.getTime() + 5 * DAY));
    expect(result.reasons[0]?.message).toBe(
      "Changed their address 2 days ago, a trivial interaction; no survey until 15 Jun at 12:00",
    );
  });

  it("follows the editable list and amount", () => {
    const surveys = DEFAULT_CONTACT_POLICY.surveys;
    const withoutAddress = policy({
      surveys: { ...surveys, trivialInteractions: ["password_reset"], trivialPaymentBelow: null },
    });
    expect(
      check({ interactions: [interaction("address_change", DAY)], policy: withoutAddress }).allowed,
    ).toBe(true);
    expect(check({ interactions: [interaction("payment", DAY, 5)], policy: withoutAddress }).allowed).toBe(
      true,
    );
    const everyPayment = policy({ surveys: { ...surveys, trivialInteractions: ["payment"] } });
    expect(check({ interactions: [interaction("payment", DAY, 900)], policy: everyPayment }).allowed).toBe(
      false,
    );
  });
});

describe("surveys: not while a case is open, and only 24 hours after it was resolved", () => {
  const serviceCase = (overrides: Partial<CaseInput>): CaseInput => ({
    reference: "CS-1042",
    kind: "complaint",
    status: "resolved",
    openedAt: before(NOW, 5 * DAY),
    closedAt: null,
    ...overrides,
  });

  it.each([
    { name: "open", serviceCase: serviceCase({ status: "open" }), rule: "survey_case_open", earliest: null },
    {
      name: "pending",
      serviceCase: serviceCase({ status: "pending" }),
      rule: "survey_case_open",
      earliest: null,
    },
    {
      name: "resolved 23h59 ago",
      serviceCase: serviceCase({ closedAt: before(NOW, 24 * HOUR - MINUTE) }),
      rule: "survey_case_recently_resolved",
      earliest: new Date(NOW.getTime() + MINUTE),
    },
    {
      name: "resolved exactly 24h ago",
      serviceCase: serviceCase({ closedAt: before(NOW, 24 * HOUR) }),
      rule: null,
    },
    {
      name: "resolved 24h01 ago",
      serviceCase: serviceCase({ closedAt: before(NOW, 24 * HOUR + MINUTE) }),
      rule: null,
    },
    {
      name: "closed 24h01 ago",
      serviceCase: serviceCase({ status: "closed", closedAt: before(NOW, 24 * HOUR + MINUTE) }),
      rule: null,
    },
  ])("a case $name", ({ serviceCase, rule, earliest }) => {
    const result = check({ cases: [serviceCase] });
    expect(result.allowed).toBe(rule === null);
    expect(rules(result)).toEqual(rule ? [rule] : []);
    if (earliest !== undefined) expect(result.earliestAllowedAt).toEqual(earliest);
  });

  it("says which case", () => {
    expect(check({ cases: [serviceCase({ status: "open" })] }).reasons[0]?.message).toBe(
      "Complaint CS-1042 is still open; no survey until it has been resolved",
    );
    expect(
      check({ cases: [serviceCase({ kind: "question", closedAt: before(NOW, 3 * HOUR) })] }).reasons[0]
        ?.message,
    ).toBe(
      "Service case CS-1042 was resolved 3 hours ago; surveys wait 24 hours after a case, until tomorrow at 09:00",
    );
  });
});

describe("surveys: one per case or stay", () => {
  it.each([
    { name: "same stay, other spelling", subjectRef: "bk 7781", allowed: false },
    { name: "another stay", subjectRef: "BK7782", allowed: true },
    { name: "no subject given", subjectRef: null, allowed: true },
  ])("earlier survey about BK7781 200 days ago, asking about $name", ({ subjectRef, allowed }) => {
    const result = check({ outbound: [survey(200 * DAY, "BK7781")], subjectRef });
    expect(result.allowed).toBe(allowed);
    if (!allowed) {
      expect(rules(result)).toEqual(["survey_subject_already_surveyed"]);
      expect(result.earliestAllowedAt).toBeNull();
    }
  });

  it("can be switched off", () => {
    const settings = { ...DEFAULT_CONTACT_POLICY.surveys, onePerSubject: false };
    const result = check({
      outbound: [survey(200 * DAY, "BK7781")],
      subjectRef: "BK7781",
      policy: policy({ surveys: settings }),
    });
    expect(result.allowed).toBe(true);
  });
});

describe("surveys: every denying rule is listed, the earliest moment is the latest of them", () => {
  it("pushes the combined moment out of quiet hours", () => {
    // Interval ends at 22:00 local in 30 days; the trivial block ends earlier.
    const outbound = [{ ...survey(60 * DAY), occurredAt: new Date("2026-04-11T22:00:00+02:00") }];
    const interactions = [{ type: "address_change" as const, occurredAt: before(NOW, DAY), amount: null }];
    const result = check({ outbound, interactions });
    expect(rules(result)).toEqual(["survey_interval", "survey_after_trivial"]);
    expect(result.earliestAllowedAt).toEqual(new Date("2026-07-11T08:00:00+02:00"));
  });
});
