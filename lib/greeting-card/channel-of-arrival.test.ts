import { describe, expect, it } from "vitest";
import { describeChannelOfArrival, describeVisitTouch, type VisitTouch } from "./channel-of-arrival";

const today: VisitTouch = {
  kind: "booking",
  channel: "booking_com",
  campaignSource: null,
  at: new Date("2026-11-20T10:00:00Z"),
  isToday: true,
};
const en = (touch: VisitTouch) => describeVisitTouch(touch, "en");
const nl = (touch: VisitTouch) => describeVisitTouch(touch, "nl");

describe("describeVisitTouch", () => {
  it("says how this booking was made", () => {
    expect(nl(today)).toBe("Geboekt via Booking.com");
    expect(en(today)).toBe("Booked via Booking.com");
    expect(nl({ ...today, channel: "direct" })).toBe("Direct bij ons geboekt");
    expect(en({ ...today, channel: "direct" })).toBe("Booked directly with us");
    expect(en({ ...today, channel: "travel_agent" })).toBe("Booked through a travel agent");
    expect(nl({ ...today, channel: "walk_in" })).toBe("Binnengelopen zonder boeking");
    expect(nl({ ...today, channel: "chat" })).toBe("Geboekt via Chat");
  });

  it("says how this order was placed", () => {
    expect(nl({ ...today, kind: "order", channel: "app" })).toBe("Besteld in onze app");
    expect(en({ ...today, kind: "order", channel: "web" })).toBe("Ordered on our website");
    expect(nl({ ...today, kind: "order", channel: "in_person" })).toBe("In de winkel besteld");
    expect(en({ ...today, kind: "order", channel: "social" })).toBe("Ordered via Social media");
    expect(nl({ ...today, kind: "order", channel: "social" })).toBe("Besteld via Social media");
  });

  it("adds the campaign that brought them, in plain words", () => {
    expect(nl({ ...today, channel: "direct", campaignSource: "newsletter / email" })).toBe(
      "Direct bij ons geboekt (kwam via een nieuwsbrief)",
    );
    expect(en({ ...today, channel: "direct", campaignSource: "newsletter / email" })).toBe(
      "Booked directly with us, after coming through a newsletter",
    );
    expect(en({ ...today, kind: "order", channel: "web", campaignSource: "google / cpc" })).toBe(
      "Ordered on our website, after coming through a search ad on Google",
    );
    expect(nl({ ...today, channel: "direct", campaignSource: "winter-deal-26" })).toBe(
      "Direct bij ons geboekt, na de campagne “winter-deal-26”",
    );
    expect(en({ ...today, channel: "direct", campaignSource: "winter-deal-26" })).toBe(
      "Booked directly with us, after the campaign “winter-deal-26”",
    );
    // A source that only restates the channel adds nothing.
    expect(en({ ...today, campaignSource: "booking.com" })).toBe("Booked via Booking.com");
    expect(nl({ ...today, campaignSource: "booking_com" })).toBe("Geboekt via Booking.com");
  });

  it("dates an earlier visit", () => {
    expect(nl({ ...today, channel: "expedia", isToday: false })).toBe("Geboekt via Expedia (november 2026)");
    expect(en({ ...today, channel: "expedia", isToday: false })).toBe("Booked via Expedia (November 2026)");
  });
});

describe("describeChannelOfArrival", () => {
  it("gives the first touch and this visit's last touch", () => {
    const firstTouch = {
      channel: "email" as const,
      source: "newsletter",
      firstSeenAt: new Date("2023-05-02T08:00:00Z"),
    };
    expect(describeChannelOfArrival(firstTouch, today, "nl")).toEqual({
      firstTouch: "Kwam in mei 2023 voor het eerst via een nieuwsbrief",
      visit: { label: "Dit bezoek", text: "Geboekt via Booking.com" },
    });
    expect(describeChannelOfArrival(firstTouch, today, "en")).toEqual({
      firstTouch: "First came through a newsletter in May 2023",
      visit: { label: "This visit", text: "Booked via Booking.com" },
    });
  });

  it("labels an earlier visit and copes with nothing known", () => {
    expect(
      describeChannelOfArrival({ channel: null, source: null }, { ...today, isToday: false }, "en"),
    ).toEqual({
      firstTouch: "How they first came to us is not recorded",
      visit: { label: "Last time", text: "Booked via Booking.com (November 2026)" },
    });
    expect(
      describeChannelOfArrival({ channel: null, source: null }, { ...today, isToday: false }, "nl").visit,
    ).toEqual({ label: "Vorige keer", text: "Geboekt via Booking.com (november 2026)" });
    expect(describeChannelOfArrival({ channel: "walk_in", source: null }, null, "nl").visit).toBeNull();
  });
});
