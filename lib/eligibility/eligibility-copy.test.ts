import { describe, expect, it } from "vitest";
import { momentOf, ruleLabel, sayAgo, sayMoment, sayReason } from "./eligibility-copy";
import type { ReasonDetail } from "./eligibility-types";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse("2026-06-10T12:00:00+02:00");
const moment = (iso: string) => momentOf(Date.parse(iso), NOW, "Europe/Amsterdam");

describe("moments on the customer's wall clock", () => {
  it("says today and tomorrow, with the time unless it is midnight", () => {
    expect(sayMoment(moment("2026-06-10T14:05:00+02:00"), "nl")).toBe("vandaag om 14:05");
    expect(sayMoment(moment("2026-06-11T00:00:00+02:00"), "nl")).toBe("morgen");
    expect(sayMoment(moment("2026-06-11T08:00:00+02:00"), "en")).toBe("tomorrow at 08:00");
  });

  it("gives other days as a date, with the year only when it differs", () => {
    expect(sayMoment(moment("2026-06-21T08:00:00+02:00"), "nl")).toBe("21 jun om 08:00");
    expect(sayMoment(moment("2027-01-03T00:00:00+01:00"), "nl")).toBe("3 jan 2027");
    expect(sayMoment(moment("2026-02-01T11:00:00+01:00"), "en")).toBe("1 Feb at 11:00");
  });

  it("follows the customer's zone, not the server's", () => {
    const newYork = momentOf(Date.parse("2026-06-11T02:00:00Z"), NOW, "America/New_York");
    expect(sayMoment(newYork, "nl")).toBe("vandaag om 22:00");
  });
});

describe("durations", () => {
  it.each([
    [30_000, "zojuist", "just now"],
    [25 * 60_000, "25 minuten geleden", "25 minutes ago"],
    [HOUR, "1 uur geleden", "1 hour ago"],
    [3 * HOUR, "3 uur geleden", "3 hours ago"],
    [DAY, "1 dag geleden", "1 day ago"],
    [12 * DAY, "12 dagen geleden", "12 days ago"],
  ])("%i ms → %s / %s", (elapsed, dutch, english) => {
    expect(sayAgo(elapsed, "nl")).toBe(dutch);
    expect(sayAgo(elapsed, "en")).toBe(english);
  });
});

describe("the reasons in the staff member's language", () => {
  const from = moment("2026-06-15T12:00:00+02:00");
  const cases: [ReasonDetail, string, string][] = [
    [
      { key: "marketingBudget", count: 4, max: 4, days: 30, from },
      "4 marketingcontacten in de afgelopen 30 dagen (limiet 4); de volgende mag vanaf 15 jun om 12:00",
      "4 marketing contacts in the last 30 days (limit 4); the next is allowed from 15 Jun at 12:00",
    ],
    [
      { key: "marketingDaily", count: 1, max: 1, from: moment("2026-06-11T00:00:00+02:00") },
      "Vandaag al benaderd met marketing (limiet 1 per dag); de volgende mag vanaf morgen",
      "Already contacted with marketing today (limit 1 a day); the next is allowed from tomorrow",
    ],
    [
      { key: "marketingChannel", count: 3, max: 2, days: 7, purpose: "marketing_sms", from },
      "3 marketing-sms'en in de afgelopen 7 dagen (limiet 2); de volgende mag vanaf 15 jun om 12:00",
      "3 marketing text messages in the last 7 days (limit 2); the next is allowed from 15 Jun at 12:00",
    ],
    [
      {
        key: "surveyAfterTrivial",
        interaction: { type: "address_change", amount: null },
        ago: 2 * DAY,
        from,
      },
      "Wijzigde 2 dagen geleden het adres, een administratief contact; geen enquête tot 15 jun om 12:00",
      "Changed their address 2 days ago, a trivial interaction; no survey until 15 Jun at 12:00",
    ],
    [
      { key: "surveyAfterTrivial", interaction: { type: "payment", amount: 12.5 }, ago: 3 * HOUR, from },
      "Betaalde 3 uur geleden €\u00a012,50, een administratief contact; geen enquête tot 15 jun om 12:00",
      "Paid €12.50 3 hours ago, a trivial interaction; no survey until 15 Jun at 12:00",
    ],
    [
      { key: "caseOpen", kind: "complaint", reference: "CS-1042" },
      "Klacht CS-1042 staat nog open; geen enquête tot die is opgelost",
      "Complaint CS-1042 is still open; no survey until it has been resolved",
    ],
    [
      { key: "caseResolvedRecently", kind: "question", reference: "CS-7", ago: 3 * HOUR, hours: 24, from },
      "Servicezaak CS-7 is 3 uur geleden opgelost; na een zaak wachten enquêtes 24 uur, tot 15 jun om 12:00",
      "Service case CS-7 was resolved 3 hours ago; surveys wait 24 hours after a case, until 15 Jun at 12:00",
    ],
    [
      { key: "consentMissing", purpose: "promotions", channel: "email" },
      "Geen toestemming voor aanbiedingen per e-mail",
      "No consent for promotions by email",
    ],
    [
      {
        key: "consentRefused",
        purpose: "newsletter",
        channel: "app",
        when: moment("2026-02-01T11:00:00+01:00"),
      },
      "Weigerde de nieuwsbrief in de app (1 feb om 11:00); een weigering gaat altijd voor",
      "Refused the newsletter in the app (1 Feb at 11:00); a refusal is never overridden",
    ],
    [
      { key: "notAFollowup", caseRef: null, judgedAs: "marketing_email" },
      "Verstuurd als opvolging door de klantenservice, maar het beantwoordt geen zaak of recente vraag van deze klant; beoordeeld als marketingmail",
      "Sent as a service follow-up, but it answers no case or recent question of this customer; judged as marketing email",
    ],
  ];

  it.each(cases)("%o", (detail, dutch, english) => {
    expect(sayReason(detail, "nl")).toBe(dutch);
    expect(sayReason(detail, "en")).toBe(english);
  });
});

describe("ruleLabel", () => {
  it("names a rule in either language and shows an unknown id as it is", () => {
    expect(ruleLabel("quiet_hours", "nl")).toBe("Rusttijd");
    expect(ruleLabel("quiet_hours", "en")).toBe("Quiet hours");
    expect(ruleLabel("retired_rule", "nl")).toBe("retired_rule");
  });
});
