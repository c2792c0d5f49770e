// Visits to the website and app: short sessions of page views, some arriving from a campaign.
import type { Journey } from "./journey";
import { MINUTE } from "./time";

const HOTEL_PAGES = [
  "Rooms in {city}",
  "Offers in {city}",
  "Breakfast and dining",
  "Meeting rooms in {city}",
  "Getting to the hotel in {city}",
] as const;
const SHOP_PAGES = [
  "Desk lamps",
  "Light bulbs",
  "Office chairs",
  "Cables and chargers",
  "Notebooks",
  "Coffee",
  "Bed linen",
  "Towels",
  "Store {city}",
  "Sale",
] as const;

export type Utm = { source: string; medium: string; campaign: string };

export const SEARCH_UTM: readonly (readonly [Utm, number])[] = [
  [{ source: "google", medium: "cpc", campaign: "brand" }, 3],
  [{ source: "google", medium: "organic", campaign: "(none)" }, 4],
  [{ source: "bing", medium: "cpc", campaign: "brand" }, 1],
  [{ source: "instagram", medium: "social", campaign: "spring-stories" }, 1],
];

export function pageTitle(journey: Journey, isHotel: boolean, city: string): string {
  return `Viewed ${journey.rng.pick(isHotel ? HOTEL_PAGES : SHOP_PAGES).replace("{city}", city)}`;
}

/** A few page views within minutes; the first may carry the campaign that brought them. */
export function addSession(journey: Journey, at: number, isHotel: boolean, city: string, utm?: Utm): number {
  const { rng } = journey;
  const channel = rng.chance(0.3) ? "app" : "web";
  const source = channel === "app" ? "mobile-app" : "webshop";
  const views = rng.weighted([
    [1, 30],
    [2, 30],
    [3, 25],
    [5, 15],
  ] as const);
  const landing = utm ?? (channel === "web" && rng.chance(0.35) ? rng.weighted(SEARCH_UTM) : undefined);
  let time = at;
  let recorded = 0;
  for (let view = 0; view < views; view++) {
    const summary = pageTitle(journey, isHotel, city);
    const utm = view === 0 ? landing : undefined;
    if (journey.event({ type: "page_view", channel, at: time, source, summary, utm })) recorded++;
    time += rng.between(0.2, 4) * MINUTE;
  }
  return recorded;
}
