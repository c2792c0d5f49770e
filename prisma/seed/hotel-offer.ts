// What the hotels sell and how guests book: booking channels, room types and the texts around them.
import type { Channel } from "../../lib/generated/prisma/enums";
import type { Rng } from "./random";

export const BOOKING_CHANNELS: readonly (readonly [Channel, number])[] = [
  ["booking_com", 35],
  ["direct", 28],
  ["expedia", 14],
  ["travel_agent", 6],
  ["walk_in", 5],
  ["app", 6],
  ["phone", 6],
];

export const CHANNEL_NAMES: Partial<Record<Channel, string>> = {
  booking_com: "Booking.com",
  expedia: "Expedia",
  direct: "our website",
  travel_agent: "a travel agent",
  walk_in: "walk-in",
  app: "the app",
  phone: "phone",
};

export const ROOMS = [
  { type: "Standard double", rate: 109, maxGuests: 2 },
  { type: "Comfort twin", rate: 119, maxGuests: 2 },
  { type: "Superior king", rate: 149, maxGuests: 2 },
  { type: "Family room", rate: 169, maxGuests: 4 },
  { type: "Junior suite", rate: 219, maxGuests: 3 },
] as const;

export function bookingSummary(nights: number, city: string, roomType: string, channel: Channel): string {
  return `Booked ${nights} ${nights === 1 ? "night" : "nights"} in ${city}, ${roomType}, via ${CHANNEL_NAMES[channel] ?? channel}`;
}

export const MODIFICATIONS = [
  "Asked for a late arrival (after 22:00)",
  "Added breakfast for two",
  "Changed the number of guests",
  "Asked for a cot in the room",
  "Added parking",
] as const;
export const NIGHTS = [
  [1, 40],
  [2, 35],
  [3, 12],
  [4, 6],
  [5, 4],
  [7, 3],
] as const;
export const CANCEL_REASONS = [
  "Change of plans",
  "Trip cancelled",
  "Illness",
  "Found another hotel",
  "Meeting moved",
] as const;

/** Days between booking and arrival, typical for the channel. */
export function leadDays(rng: Rng, channel: Channel): number {
  if (channel === "walk_in") return 0;
  if (channel === "travel_agent") return rng.int(14, 150);
  if (channel === "direct" || channel === "phone") return rng.int(2, 120);
  return rng.int(1, 60);
}
