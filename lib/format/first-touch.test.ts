import { describe, expect, it } from "vitest";
import { describeFirstTouch, UNKNOWN_FIRST_TOUCH } from "./first-touch";

const march2023 = new Date("2023-03-14T10:00:00Z");

describe("describeFirstTouch", () => {
  it("names a booking channel with the month it happened", () => {
    expect(describeFirstTouch({ channel: "booking_com", source: null, firstSeenAt: march2023 })).toBe(
      "First came via Booking.com in March 2023",
    );
  });

  it("says newsletter in plain words whatever the channel", () => {
    expect(describeFirstTouch({ channel: "email", source: "newsletter", firstSeenAt: null })).toBe(
      "First came through a newsletter",
    );
    expect(describeFirstTouch({ channel: "web", source: "mailchimp / newsletter" })).toBe(
      "First came through a newsletter",
    );
  });

  it("reads UTM source / medium as an ad, a search or a social network", () => {
    expect(describeFirstTouch({ channel: "web", source: "google / cpc" })).toBe(
      "First came through a Google search ad",
    );
    expect(describeFirstTouch({ channel: "web", source: "google / organic" })).toBe(
      "First came through a Google search",
    );
    expect(describeFirstTouch({ channel: "social", source: "instagram" })).toBe("First came via Instagram");
    expect(describeFirstTouch({ channel: "social", source: "facebook / paid_social" })).toBe(
      "First came through a Facebook ad",
    );
    expect(describeFirstTouch({ channel: "web", source: "tripadvisor / referral" })).toBe(
      "First came through a link on Tripadvisor",
    );
  });

  it("does not repeat a source that only restates the channel", () => {
    expect(describeFirstTouch({ channel: "booking_com", source: "booking.com" })).toBe(
      "First came via Booking.com",
    );
    expect(describeFirstTouch({ channel: "web", source: "(direct) / (none)" })).toBe(
      "First came through our website",
    );
  });

  it("reads a source that only names a channel as that channel", () => {
    expect(describeFirstTouch({ channel: "booking_com", source: "booking_com" })).toBe(
      "First came via Booking.com",
    );
    expect(describeFirstTouch({ channel: "walk_in", source: "walk-in" })).toBe("First came as a walk-in");
    expect(describeFirstTouch({ channel: "travel_agent", source: "travel agent" })).toBe(
      "First came through a travel agent",
    );
    expect(describeFirstTouch({ channel: "store", source: "store visit" })).toBe(
      "First came to one of our stores",
    );
    expect(describeFirstTouch({ channel: "web", source: "direct" })).toBe("First came through our website");
  });

  it("says a referral from a friend as a recommendation", () => {
    expect(describeFirstTouch({ channel: "web", source: "friend / referral" })).toBe(
      "First came on a friend’s recommendation",
    );
  });

  it("keeps an unrecognised campaign name in quotes rather than dropping it", () => {
    expect(describeFirstTouch({ channel: "web", source: "zomer-actie-2024" })).toBe(
      "First came through our website (“zomer-actie-2024”)",
    );
    expect(describeFirstTouch({ channel: null, source: "partner-blog" })).toBe(
      "First came through “partner-blog”",
    );
  });

  it("falls back to the channel alone", () => {
    expect(describeFirstTouch({ channel: "walk_in", source: null })).toBe("First came as a walk-in");
    expect(describeFirstTouch({ channel: "travel_agent", source: "" })).toBe(
      "First came through a travel agent",
    );
  });

  it("says so when nothing is known", () => {
    expect(describeFirstTouch({ channel: null, source: null, firstSeenAt: march2023 })).toBe(
      UNKNOWN_FIRST_TOUCH,
    );
    expect(describeFirstTouch({ channel: null, source: "(direct)" })).toBe(UNKNOWN_FIRST_TOUCH);
  });

  it("uses the Dutch calendar month, not the server's", () => {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam.
    const lateEvening = new Date("2023-03-31T23:30:00Z");
    expect(describeFirstTouch({ channel: "expedia", source: null, firstSeenAt: lateEvening })).toBe(
      "First came via Expedia in April 2023",
    );
  });
});
