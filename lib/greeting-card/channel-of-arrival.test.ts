import { describe, expect, it } from "vitest";
import { UNKNOWN_FIRST_TOUCH } from "@/lib/format/first-touch";
import { describeChannelOfArrival, describeVisitTouch, type VisitTouch } from "./channel-of-arrival";

const today: VisitTouch = {
  kind: "booking",
  channel: "booking_com",
  campaignSource: null,
  at: new Date("2026-11-20T10:00:00Z"),
  isToday: true,
};

describe("describeVisitTouch", () => {
  it("says how this booking was made", () => {
    expect(describeVisitTouch(today)).toBe("Booked via Booking.com");
    expect(describeVisitTouch({ ...today, channel: "direct" })).toBe("Booked directly with us");
    expect(describeVisitTouch({ ...today, channel: "travel_agent" })).toBe("Booked through a travel agent");
    expect(describeVisitTouch({ ...today, channel: "walk_in" })).toBe("Walked in without a booking");
  });

  it("says how this order was placed", () => {
    expect(describeVisitTouch({ ...today, kind: "order", channel: "app" })).toBe("Ordered in our app");
    expect(describeVisitTouch({ ...today, kind: "order", channel: "web" })).toBe("Ordered on our website");
    expect(describeVisitTouch({ ...today, kind: "order", channel: "social" })).toBe(
      "Ordered via Social media",
    );
  });

  it("adds the campaign that brought them, in plain words", () => {
    expect(describeVisitTouch({ ...today, channel: "direct", campaignSource: "newsletter / email" })).toBe(
      "Booked directly with us, after coming through a newsletter",
    );
    expect(
      describeVisitTouch({ ...today, kind: "order", channel: "web", campaignSource: "google / cpc" }),
    ).toBe("Ordered on our website, after coming through a Google search ad");
    expect(describeVisitTouch({ ...today, channel: "direct", campaignSource: "winter-deal-26" })).toBe(
      "Booked directly with us, after the campaign “winter-deal-26”",
    );
    // A source that only restates the channel adds nothing.
    expect(describeVisitTouch({ ...today, campaignSource: "booking.com" })).toBe("Booked via Booking.com");
  });

  it("dates an earlier visit", () => {
    expect(describeVisitTouch({ ...today, channel: "expedia", isToday: false })).toBe(
      "Booked via Expedia (November 2026)",
    );
  });
});

describe("describeChannelOfArrival", () => {
  it("gives the first touch and this visit's last touch", () => {
    expect(
      describeChannelOfArrival(
        { channel: "email", source: "newsletter", firstSeenAt: new Date("2023-05-02T08:00:00Z") },
        today,
      ),
    ).toEqual({
      firstTouch: "First came through a newsletter in May 2023",
      visit: { label: "This visit", text: "Booked via Booking.com" },
    });
  });

  it("labels an earlier visit and copes with nothing known", () => {
    expect(describeChannelOfArrival({ channel: null, source: null }, { ...today, isToday: false })).toEqual({
      firstTouch: UNKNOWN_FIRST_TOUCH,
      visit: { label: "Last time", text: "Booked via Booking.com (November 2026)" },
    });
    expect(describeChannelOfArrival({ channel: "walk_in", source: null }, null).visit).toBeNull();
  });
});
