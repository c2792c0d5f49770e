// What customers told us, so nobody asks again: CustomerFact rows with a fact_learned event, staff
// notes and the source systems' generic events.
import type { Channel, FactKind } from "../../lib/generated/prisma/enums";
import { field } from "./copy";
import type { Journey } from "./journey";
import { iso, shortDate, amsterdamDay } from "./time";

export interface FactInput {
  kind: FactKind;
  label: string;
  value: string;
  at: number;
  locationId: string | null;
  channel: Channel;
  source: string;
}

export function addFact(journey: Journey, fact: FactInput): void {
  const { channel, at, locationId, source } = fact;
  const summary = `${fact.label}: ${fact.value}`;
  const isLearned = journey.event({
    type: "fact_learned",
    channel,
    at,
    locationId,
    source,
    summary,
    payload: { kind: fact.kind },
  });
  if (!isLearned) return;
  const { id } = journey.nextId("fact");
  journey.ctx.buffers.CustomerFact.add(
    `${id}\t${journey.customerId}\t${fact.kind}\t${field(fact.label)}\t${field(fact.value)}\t${fact.source}\t${fact.locationId ?? "\\N"}\t${iso(fact.at)}\t${iso(fact.at)}\n`,
  );
}

export const ROOM_PREFERENCES = [
  "High floor, away from the lift",
  "Quiet room at the back",
  "Twin beds, not a double",
  "Extra pillows, no feathers",
  "Bath instead of a shower",
  "Room close to the lift",
  "Cool room, heating low",
] as const;

const GUEST_FACTS: readonly (readonly [FactKind, string, readonly string[]])[] = [
  [
    "dietary",
    "Dietary",
    ["Gluten-free", "Vegetarian", "Lactose intolerant", "Nut allergy", "Vegan", "No pork"],
  ],
  [
    "accessibility",
    "Accessibility",
    [
      "Uses a wheelchair: step-free room",
      "Hard of hearing: face them when speaking",
      "Needs a room near the lift",
    ],
  ],
  [
    "other",
    "Good to know",
    [
      "Celebrating their wedding anniversary in June",
      "Business traveller: invoice to employer",
      "Travels with a small dog",
    ],
  ],
];

const SHOPPER_FACTS: readonly (readonly [FactKind, string, readonly string[]])[] = [
  [
    "preference",
    "Product preference",
    ["Warm white light (2700K)", "Only FSC-certified wood", "Prefers decaf", "Likes linen over cotton"],
  ],
  ["preference", "Pickup", ["Prefers to pick up after 17:00", "Sends a colleague to collect"]],
];

const CONTACT_PREFERENCES = [
  "Asked not to be called",
  "Prefers email over phone",
  "No marketing by SMS, please",
  "Speaks English at the desk",
] as const;

export const HEARD_VIA: Partial<Record<string, string>> = {
  booking_com: "Booking.com",
  expedia: "Expedia",
  "google / cpc": "a Google ad",
  "google / organic": "a Google search",
  "instagram / social": "Instagram",
  newsletter: "a friend's newsletter",
  "friend / referral": "a friend",
  "travel agent": "their travel agent",
};

/** Facts learned at the desk during a visit (a stay or a pickup), or by phone. */
export function addVisitFacts(journey: Journey, at: number, locationId: string, isHotel: boolean): void {
  const { rng } = journey;
  const pool = isHotel ? GUEST_FACTS : SHOPPER_FACTS;
  const [kind, label, values] = rng.pick(pool);
  addFact(journey, {
    kind,
    label,
    value: rng.pick(values),
    at,
    locationId,
    channel: "in_person",
    source: "front-desk",
  });
}

export function addContactPreference(journey: Journey, at: number): void {
  addFact(journey, {
    kind: "contact_preference",
    label: "Contact preference",
    value: journey.rng.pick(CONTACT_PREFERENCES),
    at,
    locationId: null,
    channel: "phone",
    source: "service-desk",
  });
}

export function addFeedbackGiven(journey: Journey, answeredAt: number, about: string): void {
  addFact(journey, {
    kind: "feedback_given",
    label: "Already gave feedback",
    value: `On ${shortDate(amsterdamDay(answeredAt))}, about ${about}`,
    at: answeredAt,
    locationId: null,
    channel: "web",
    source: "email-tool",
  });
}

const NOTES = {
  hotel: [
    "Asked about a late check-out next time",
    "Left an umbrella, kept at the desk",
    "Regular: likes a chat about cycling",
    "Arrived late, room kept",
  ],
  store: [
    "Advised on bulbs for the new lamp",
    "Helped carry the chair to the car",
    "Asked to be called when the oak chair is back",
    "Compared two desk lamps, will think about it",
  ],
} as const;

export function addStaffNote(journey: Journey, at: number, locationId: string, isHotel: boolean): void {
  const { rng } = journey;
  const isOutcome = !isHotel && rng.chance(0.4);
  journey.event({
    type: isOutcome ? "staff_outcome" : "staff_note",
    channel: "in_person",
    at,
    locationId,
    source: "front-desk",
    summary: rng.pick(NOTES[isHotel ? "hotel" : "store"]),
  });
}

const GENERIC = [
  ["App Opened", "app", "Opened the app"],
  ["Wishlist Item Added", "web", "Added a desk lamp to their wishlist"],
  ["Store Locator Used", "web", "Looked up the nearest store"],
  ["Loyalty Points Viewed", "app", "Checked their loyalty points"],
  ["Wishlist Item Added", "app", "Added bed linen to their wishlist"],
] as const;

export function addGeneric(journey: Journey, at: number): void {
  const [name, channel, summary] = journey.rng.pick(GENERIC);
  journey.event({
    type: "generic",
    name,
    channel,
    at,
    source: channel === "app" ? "mobile-app" : "webshop",
    summary,
  });
}
