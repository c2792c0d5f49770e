import { describe, expect, it } from "vitest";
import { describeFirstTouch, type FirstTouch } from "./first-touch";

const march2023 = new Date("2023-03-14T10:00:00Z");
const en = (touch: FirstTouch) => describeFirstTouch(touch, "en");
const nl = (touch: FirstTouch) => describeFirstTouch(touch, "nl");

describe("describeFirstTouch", () => {
  it("names a booking channel with the month it happened", () => {
    expect(nl({ channel: "booking_com", source: null, firstSeenAt: march2023 })).toBe(
      "Kwam in maart 2023 voor het eerst via Booking.com",
    );
    expect(en({ channel: "booking_com", source: null, firstSeenAt: march2023 })).toBe(
      "First came via Booking.com in March 2023",
    );
  });

  it("says newsletter in plain words whatever the channel", () => {
    expect(nl({ channel: "email", source: "newsletter", firstSeenAt: null })).toBe(
      "Kwam voor het eerst via een nieuwsbrief",
    );
    expect(en({ channel: "email", source: "newsletter", firstSeenAt: null })).toBe(
      "First came through a newsletter",
    );
    expect(en({ channel: "web", source: "mailchimp / newsletter" })).toBe("First came through a newsletter");
  });

  it("reads UTM source / medium as an ad, a search or a social network", () => {
    expect(nl({ channel: "web", source: "google / cpc" })).toBe(
      "Kwam voor het eerst via een zoekadvertentie op Google",
    );
    expect(en({ channel: "web", source: "google / cpc" })).toBe("First came through a search ad on Google");
    expect(en({ channel: "web", source: "google / organic" })).toBe("First came through a search on Google");
    expect(en({ channel: "social", source: "instagram" })).toBe("First came via Instagram");
    expect(nl({ channel: "social", source: "facebook / paid_social" })).toBe(
      "Kwam voor het eerst via een advertentie op Facebook",
    );
    expect(en({ channel: "social", source: "instagram / paid_social" })).toBe(
      "First came through an ad on Instagram",
    );
    expect(en({ channel: "web", source: "tripadvisor / referral" })).toBe(
      "First came through a link on Tripadvisor",
    );
    expect(nl({ channel: "web", source: "reisblog.nl / referral" })).toBe(
      "Kwam voor het eerst via een link op reisblog.nl",
    );
  });

  it("does not repeat a source that only restates the channel", () => {
    expect(en({ channel: "booking_com", source: "booking.com" })).toBe("First came via Booking.com");
    expect(nl({ channel: "web", source: "(direct) / (none)" })).toBe("Kwam voor het eerst via onze website");
  });

  it("reads a source that only names a channel as that channel", () => {
    expect(en({ channel: "booking_com", source: "booking_com" })).toBe("First came via Booking.com");
    expect(en({ channel: "walk_in", source: "walk-in" })).toBe("First came as a walk-in");
    expect(nl({ channel: "walk_in", source: "walk-in" })).toBe("Kwam voor het eerst als binnenloper");
    expect(en({ channel: "travel_agent", source: "travel agent" })).toBe("First came through a travel agent");
    expect(nl({ channel: "store", source: "store visit" })).toBe(
      "Kwam voor het eerst in een van onze winkels",
    );
    expect(en({ channel: "web", source: "direct" })).toBe("First came through our website");
  });

  it("says a referral from a friend as a recommendation", () => {
    expect(en({ channel: "web", source: "friend / referral" })).toBe(
      "First came on a friend’s recommendation",
    );
    expect(nl({ channel: "web", source: "friend / referral" })).toBe(
      "Kwam voor het eerst op aanraden van een vriend",
    );
  });

  it("keeps an unrecognised campaign name in quotes rather than dropping it", () => {
    expect(nl({ channel: "web", source: "zomer-actie-2024" })).toBe(
      "Kwam voor het eerst via onze website (“zomer-actie-2024”)",
    );
    expect(en({ channel: "web", source: "zomer-actie-2024" })).toBe(
      "First came through our website (“zomer-actie-2024”)",
    );
    expect(en({ channel: null, source: "partner-blog" })).toBe("First came through “partner-blog”");
    expect(nl({ channel: null, source: "partner-blog" })).toBe("Kwam voor het eerst via “partner-blog”");
  });

  it("falls back to the channel alone", () => {
    expect(nl({ channel: "phone", source: null })).toBe("Kwam voor het eerst telefonisch in contact");
    expect(en({ channel: "travel_agent", source: "" })).toBe("First came through a travel agent");
  });

  it("says so when nothing is known", () => {
    expect(nl({ channel: null, source: null, firstSeenAt: march2023 })).toBe(
      "Niet vastgelegd hoe ze voor het eerst bij ons kwamen",
    );
    expect(en({ channel: null, source: "(direct)" })).toBe("How they first came to us is not recorded");
  });

  it("uses the Dutch calendar month, not the server's", () => {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam.
    const lateEvening = new Date("2023-03-31T23:30:00Z");
    expect(en({ channel: "expedia", source: null, firstSeenAt: lateEvening })).toBe(
      "First came via Expedia in April 2023",
    );
    expect(nl({ channel: "expedia", source: null, firstSeenAt: lateEvening })).toBe(
      "Kwam in april 2023 voor het eerst via Expedia",
    );
  });
});
