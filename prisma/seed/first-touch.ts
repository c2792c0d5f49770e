// How a customer first came to us: a booking through an OTA or agent, a walk-in, a search ad, a
// social post, a forwarded newsletter or a visit to a store. Sets the customer's first touch.
import type { Channel } from "../../lib/generated/prisma/enums";
import { addSession, type Utm } from "./browsing";
import type { Journey } from "./journey";
import type { SeededLocation } from "./locations";
import { addOrder, duringOpeningHours } from "./orders";
import type { Scenarios } from "./scenarios";
import { addStay, type Stay } from "./stays";
import { MINUTE } from "./time";

type Touch =
  | { kind: "booking"; channel: Channel; source: string }
  | { kind: "visit"; source: string; utm?: Utm }
  | { kind: "store"; source: string }
  | { kind: "newsletter"; source: string };

const GUEST_TOUCHES: readonly (readonly [Touch, number])[] = [
  [{ kind: "booking", channel: "booking_com", source: "booking_com" }, 35],
  [{ kind: "booking", channel: "expedia", source: "expedia" }, 12],
  [{ kind: "booking", channel: "travel_agent", source: "travel agent" }, 5],
  [{ kind: "booking", channel: "walk_in", source: "walk-in" }, 3],
  [
    {
      kind: "visit",
      source: "google / cpc",
      utm: { source: "google", medium: "cpc", campaign: "hotels-brand" },
    },
    18,
  ],
  [
    {
      kind: "visit",
      source: "google / organic",
      utm: { source: "google", medium: "organic", campaign: "(none)" },
    },
    10,
  ],
  [
    {
      kind: "visit",
      source: "instagram / social",
      utm: { source: "instagram", medium: "social", campaign: "city-breaks" },
    },
    8,
  ],
  [{ kind: "visit", source: "direct" }, 9],
];

const SHOPPER_TOUCHES: readonly (readonly [Touch, number])[] = [
  [
    {
      kind: "visit",
      source: "google / cpc",
      utm: { source: "google", medium: "cpc", campaign: "shop-generic" },
    },
    25,
  ],
  [
    {
      kind: "visit",
      source: "google / organic",
      utm: { source: "google", medium: "organic", campaign: "(none)" },
    },
    15,
  ],
  [
    {
      kind: "visit",
      source: "instagram / social",
      utm: { source: "instagram", medium: "social", campaign: "home-office" },
    },
    12,
  ],
  [
    {
      kind: "visit",
      source: "friend / referral",
      utm: { source: "friend", medium: "referral", campaign: "refer-a-friend" },
    },
    7,
  ],
  [{ kind: "visit", source: "direct" }, 10],
  [{ kind: "store", source: "store visit" }, 15],
  [{ kind: "newsletter", source: "newsletter" }, 8],
];

export interface FirstTouch {
  /** When the customer created an account or gave their details, i.e. when consents were asked. */
  signupAt: number;
  firstStay: Stay | null;
}

export function addFirstTouch(
  journey: Journey,
  scenarios: Scenarios,
  firstAt: number,
  hotel: SeededLocation,
  store: SeededLocation,
): FirstTouch {
  const { rng } = journey;
  let t0 = firstAt;
  const touches =
    scenarios.segment === "guest"
      ? GUEST_TOUCHES
      : scenarios.segment === "shopper"
        ? SHOPPER_TOUCHES
        : [...GUEST_TOUCHES, ...SHOPPER_TOUCHES];
  const touch = rng.weighted(touches);
  const isHotel = scenarios.segment === "guest" || (scenarios.segment === "both" && rng.chance(0.5));
  let channel: Channel = "web";
  let firstStay: Stay | null = null;
  switch (touch.kind) {
    case "booking":
      channel = touch.channel;
      firstStay = addStay(journey, hotel, t0, touch.channel);
      break;
    case "visit":
      addSession(
        journey,
        t0,
        isHotel,
        isHotel ? hotel.city : store.city,
        touch.utm ?? { source: "(direct)", medium: "(none)", campaign: "(none)" },
      );
      break;
    case "store":
      channel = "store";
      t0 = duringOpeningHours(journey, t0);
      addOrder(journey, t0, [store], { store, channel: "store", fulfilment: "click_and_collect" });
      break;
    case "newsletter": {
      channel = "email";
      const utm = { source: "newsletter", medium: "email", campaign: "forwarded-newsletter" };
      journey.event({
        type: "campaign_click",
        channel,
        at: t0,
        source: "email-tool",
        summary: "Clicked a forwarded newsletter",
        utm,
      });
      addSession(journey, t0 + 5000, false, store.city, utm);
      break;
    }
  }
  journey.firstTouchChannel = channel;
  journey.firstTouchSource = touch.source;
  return { signupAt: t0 + rng.between(1, 15) * MINUTE, firstStay };
}
