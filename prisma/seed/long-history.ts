// A few customers with tens of thousands of events each (ten years of weekly visits, orders, stays
// and mail), so the timeline can be benchmarked at its worst. Only for large seeds.
import { addSession } from "./browsing";
import { ConsentState, recordConsent } from "./consents";
import { writeCustomerRow } from "./customers";
import { addGeneric } from "./facts";
import { addIdentities } from "./identities";
import { IdKind, LONG_HISTORY_OWNER_BASE, seedUuid } from "./ids";
import { Journey, type JourneyContext } from "./journey";
import { Marketing } from "./marketing";
import { addOrder } from "./orders";
import { createPerson } from "./people";
import { Rng } from "./random";
import { addCase, addTrivial } from "./service";
import { addStay } from "./stays";
import { DAY, HOUR } from "./time";

export const LONG_HISTORY_CUSTOMERS = 5;
export const LONG_HISTORY_EVENTS = 50_000;
const YEARS = 10;

export function longHistoryCustomerId(k: number): string {
  return seedUuid(IdKind.customer, LONG_HISTORY_OWNER_BASE + k, 0);
}

export function generateLongHistoryCustomer(
  ctx: JourneyContext,
  k: number,
  events = LONG_HISTORY_EVENTS,
): void {
  const owner = LONG_HISTORY_OWNER_BASE + k;
  const rng = new Rng(owner, 0x10);
  const person = createPerson(owner, rng);
  const journey = new Journey(ctx, owner, rng);
  const { hotels, stores } = ctx.locations;
  const hotel = rng.pick(hotels);
  const store = rng.pick(stores);
  const span = YEARS * 365 * DAY;
  const t0 = ctx.now - span;

  addSession(journey, t0, false, store.city, { source: "google", medium: "cpc", campaign: "shop-generic" });
  journey.firstTouchChannel = "web";
  journey.firstTouchSource = "google / cpc";
  const consents = new ConsentState();
  for (const key of ["newsletter/email", "promotions/email", "promotions/app", "surveys/email"] as const) {
    recordConsent(journey, key, "granted", t0 + HOUR, "web");
    consents.grant(key, t0 + HOUR);
  }
  const marketing = new Marketing(journey, consents);
  marketing.newsletters(t0);
  marketing.offers(t0, 0.5);

  // Activities spread evenly over the years until the target is reached; the last ones land close to now.
  const perEvent = span / events;
  while (journey.eventCount < events) {
    const at = Math.min(ctx.now - HOUR, t0 + journey.eventCount * perEvent + rng.between(0, 3 * HOUR));
    const activity = rng.weighted([
      ["session", 70],
      ["generic", 12],
      ["order", 8],
      ["stay", 3],
      ["trivial", 4],
      ["case", 3],
    ] as const);
    if (activity === "session")
      addSession(journey, at, rng.chance(0.3), rng.chance(0.3) ? hotel.city : store.city);
    else if (activity === "generic") addGeneric(journey, at);
    else if (activity === "order" && at < ctx.now - 7 * DAY) addOrder(journey, at, stores, { store });
    else if (activity === "stay" && at < ctx.now - 100 * DAY)
      addStay(journey, rng.chance(0.8) ? hotel : rng.pick(hotels), at);
    else if (activity === "trivial") addTrivial(journey, at);
    else if (activity === "case")
      addCase(journey, rng.chance(0.7) ? "question" : "complaint", at, null, false);
    else addSession(journey, at, false, store.city);
  }
  addIdentities(journey, person, true);
  journey.flushLocations();
  writeCustomerRow(journey, person);
}
