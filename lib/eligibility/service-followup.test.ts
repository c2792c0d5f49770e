import { describe, expect, it } from "vitest";
import type { CaseInput, ContactEventShape } from "./eligibility-types";
import { paymentAmountOf } from "./eligibility-types";
import { classifyContact, type FollowupEvidence } from "./service-followup";

const AT = new Date("2026-06-10T10:00:00Z");
const DAY = 86_400_000;
const ago = (days: number) => new Date(AT.getTime() - days * DAY);
const NONE: FollowupEvidence = { cases: [], inboundContacts: [] };

const reply = (overrides: Partial<ContactEventShape> = {}): ContactEventShape => ({
  type: "service_reply",
  channel: "email",
  direction: "outbound",
  ...overrides,
});
const serviceCase = (overrides: Partial<CaseInput> = {}): CaseInput => ({
  reference: "CS-1",
  kind: "complaint",
  status: "open",
  openedAt: ago(3),
  closedAt: null,
  ...overrides,
});
const purposeOf = (event: ContactEventShape, evidence = NONE) =>
  classifyContact(event, evidence, AT)?.purpose;
const ruleOf = (event: ContactEventShape, evidence = NONE) =>
  classifyContact(event, evidence, AT)?.notFollowup?.rule ?? null;

describe("classifyContact", () => {
  it("judges a newsletter labelled as a follow-up as the marketing it is", () => {
    const newsletter = reply({ type: "newsletter_sent", payload: { contactPurpose: "service_followup" } });
    expect(purposeOf(newsletter)).toBe("marketing_email");
    expect(classifyContact(newsletter, NONE, AT)?.notFollowup?.message).toMatch(
      /answers no case or recent question of this customer; judged as marketing email/,
    );
  });

  it("takes a reply as a follow-up only with a live case of the customer or a recent inbound contact", () => {
    expect([purposeOf(reply()), ruleOf(reply())]).toEqual(["marketing_email", "not_a_followup"]);
    const withCase = reply({ payload: { caseRef: "cs-1 " } });
    expect(purposeOf(withCase, { ...NONE, cases: [serviceCase()] })).toBe("service_followup");
    expect(purposeOf(withCase, { ...NONE, cases: [serviceCase({ reference: "CS-2" })] })).toBe(
      "marketing_email",
    );
    const resolved = (days: number) => ({
      ...NONE,
      cases: [serviceCase({ status: "resolved", openedAt: ago(40), closedAt: ago(days) })],
    });
    expect(purposeOf(withCase, resolved(13))).toBe("service_followup");
    expect(purposeOf(withCase, resolved(15))).toBe("marketing_email");
    // A case opened by the reply itself (at the same moment) answers nobody.
    expect(purposeOf(withCase, { ...NONE, cases: [serviceCase({ openedAt: AT })] })).toBe("marketing_email");
    const asked = (days: number): FollowupEvidence => ({
      ...NONE,
      inboundContacts: [{ type: "service_contact", occurredAt: ago(days) }],
    });
    expect(purposeOf(reply({ channel: "sms" }), asked(2))).toBe("service_followup");
    expect(purposeOf(reply({ channel: "sms" }), asked(20))).toBe("marketing_sms");
  });

  it("takes a social reply as solicited only when addressed to us or within a real case", () => {
    const social = (payload: Record<string, unknown>) => reply({ channel: "social", payload });
    expect([purposeOf(social({})), ruleOf(social({}))]).toEqual(["proactive_social", null]);
    expect(purposeOf(social({ addressedToUs: true }))).toBe("service_followup");
    expect([purposeOf(social({ caseRef: "CS-1" })), ruleOf(social({ caseRef: "CS-1" }))]).toEqual([
      "proactive_social",
      "not_a_followup",
    ]);
    expect(purposeOf(social({ caseRef: "CS-1" }), { ...NONE, cases: [serviceCase()] })).toBe(
      "service_followup",
    );
    // Someone's question elsewhere does not make an answer to a public post solicited.
    const asked = { ...NONE, inboundContacts: [{ type: "complaint" as const, occurredAt: ago(1) }] };
    expect(purposeOf(social({ contactPurpose: "service_followup" }), asked)).toBe("proactive_social");
  });

  it("leaves other purposes and transactional messages as they are", () => {
    expect(purposeOf(reply({ type: "promotion_sent", channel: "app" }))).toBe("marketing_push");
    expect(ruleOf(reply({ type: "survey_sent" }))).toBeNull();
    expect(classifyContact(reply({ type: "order_ready" }), NONE, AT)).toBeNull();
    expect(purposeOf(reply({ type: "survey_sent", payload: { contactPurpose: "service_followup" } }))).toBe(
      "survey",
    );
  });
});

describe("paymentAmountOf", () => {
  it("reads euros only, from numbers and decimal strings, as the loader does", () => {
    expect(paymentAmountOf("payment", { amount: 12.5 })).toBe(12.5);
    expect(paymentAmountOf("payment", { amount: "80.00", currency: "EUR" })).toBe(80);
    expect(paymentAmountOf("payment", { amount: 5, currency: "USD" })).toBeNull();
    expect(paymentAmountOf("payment", { amount: -5 })).toBeNull();
    expect(paymentAmountOf("payment", { amount: "a lot" })).toBeNull();
    expect(paymentAmountOf("invoice_copy", { amount: 5 })).toBeNull();
  });
});
