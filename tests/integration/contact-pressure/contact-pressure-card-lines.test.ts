// Each line of the card's "may we contact them now?" checks what its words say: the newsletter line
// the newsletter consent, the email offers line what the policy asks of marketing email.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getContactPressureCard } from "@/lib/contact-pressure/get-contact-pressure-card";
import { sayReason } from "@/lib/eligibility/eligibility-copy";
import { translatorFor } from "@/lib/i18n/translator";
import { createActor } from "../../factories/actor-factory";
import { createCustomer } from "../../factories/customer-factory";
import { createLocation } from "../../factories/staff-factory";

const url = process.env.DATABASE_URL!;
const pool = new pg.Pool({ connectionString: url, max: 2 });
const NOON = new Date("2026-11-20T11:00:00Z");
let hotel = "";

beforeAll(async () => {
  hotel = await createLocation(url, "HTL-CPL");
});
afterAll(() => pool.end());

async function guestWithConsents(consents: [purpose: string, channel: string][]) {
  const { id } = await createCustomer(pool, {
    firstName: "Nora",
    lastName: "Letter",
    events: [
      {
        type: "check_in",
        channel: "in_person",
        direction: "inbound",
        occurredAt: new Date("2026-01-10T15:00:00Z"),
        summary: "Checked in",
        locationCode: "HTL-CPL",
      },
    ],
  });
  for (const [purpose, channel] of consents) {
    await pool.query(
      `INSERT INTO "Consent" (id, "customerId", purpose, channel, status, source, "occurredAt")
       VALUES (gen_random_uuid(), $1, $2::"ConsentPurpose", $3::"Channel", 'granted', 'test', '2026-01-01')`,
      [id, purpose, channel],
    );
  }
  return id;
}

describe("the card's lines", () => {
  it("says yes to the newsletter for a customer with only newsletter consent, and no to email offers", async () => {
    const customer = await guestWithConsents([["newsletter", "email"]]);
    const receptionist = await createActor("receptionist", [hotel]);
    const card = await getContactPressureCard(receptionist, customer, NOON);
    const lines = Object.fromEntries(card!.purposes.map((verdict) => [verdict.line, verdict]));
    expect(translatorFor("nl")("contactPressure.lines.newsletter")).toBe("Nieuwsbrief");
    expect(lines.newsletter).toMatchObject({ allowed: true, reasons: [] });
    expect(lines.email_offers?.allowed).toBe(false);
    expect(lines.email_offers?.reasons.map((reason) => reason.message)).toEqual([
      "No consent for promotions by email",
    ]);
    expect(lines.email_offers?.reasons.map((reason) => sayReason(reason.detail, "nl"))).toEqual([
      "Geen toestemming voor aanbiedingen per e-mail",
    ]);
  });

  it("says no to the newsletter without newsletter consent, even with promotions consent", async () => {
    const customer = await guestWithConsents([["promotions", "email"]]);
    const receptionist = await createActor("receptionist", [hotel]);
    const card = await getContactPressureCard(receptionist, customer, NOON);
    const lines = Object.fromEntries(card!.purposes.map((verdict) => [verdict.line, verdict]));
    expect(lines.newsletter?.reasons.map((reason) => reason.rule)).toEqual(["consent_missing"]);
    expect(lines.email_offers).toMatchObject({ allowed: true });
  });
});
