// A regular customer's whole journey, from first touch to today, including their demo scenario.
import { addSession } from "./browsing";
import { DESK_LIGHTING } from "./catalogue";
import { addConsents } from "./consents";
import {
  addContactPreference,
  addFact,
  addFeedbackGiven,
  addGeneric,
  addStaffNote,
  addVisitFacts,
  HEARD_VIA,
  ROOM_PREFERENCES,
} from "./facts";
import { addFirstTouch } from "./first-touch";
import type { Journey } from "./journey";
import type { SeededLocation } from "./locations";
import { Marketing } from "./marketing";
import { addOrder, RECENT_ORDER_GAP } from "./orders";
import { isGuest, isShopper, type Scenarios } from "./scenarios";
import { addCase, addSocialMention, addTrivial, type Place } from "./service";
import { addStay, type Stay } from "./stays";
import { DAY, HOUR, MINUTE } from "./time";

function customerAge(journey: Journey, scenarios: Scenarios): number {
  const { rng } = journey;
  if (scenarios.isReturningGuest) return rng.between(400, 1500);
  const days = rng.weighted([
    [[20, 120], 25],
    [[120, 500], 40],
    [[500, 1100], 35],
  ] as const);
  const age = rng.between(days[0], days[1]);
  return scenarios.isOverContacted || scenarios.isSurveyedAfterTrivial ? Math.max(age, 60) : age;
}

interface Plan {
  journey: Journey;
  scenarios: Scenarios;
  marketing: Marketing;
  hotel: SeededLocation;
  store: SeededLocation;
  signupAt: number;
  /** Where the customer has been, for complaints and social posts to refer to. */
  places: Place[];
  /** A moment between the first touch and now. */
  randomTime: (from?: number, until?: number) => number;
}

function addStays(plan: Plan, firstStay: Stay | null): void {
  const { journey, scenarios, marketing, hotel } = plan;
  const { rng, now } = journey;
  const stays: Stay[] = firstStay ? [firstStay] : [];
  const target = scenarios.isReturningGuest ? rng.int(3, 6) : rng.chance(0.7) ? 1 : 2;
  while (stays.length < target) {
    stays.push(
      addStay(journey, rng.chance(0.75) ? hotel : rng.pick(journey.ctx.locations.hotels), plan.randomTime()),
    );
  }
  let hasPreference = false;
  for (const stay of stays) {
    plan.places.push({ id: stay.locationId, city: stay.city, type: "hotel" });
    if (stay.checkInAt === null) continue;
    if (scenarios.hasRoomPreference && !hasPreference) {
      hasPreference = true;
      const value = rng.pick(ROOM_PREFERENCES);
      const at = stay.checkInAt + 5 * MINUTE;
      addFact(journey, {
        kind: "preference",
        label: "Room preference",
        value,
        at,
        locationId: stay.locationId,
        channel: "in_person",
        source: "front-desk",
      });
    }
    if (rng.chance(0.12)) addVisitFacts(journey, stay.checkInAt + 8 * MINUTE, stay.locationId, true);
    if (rng.chance(0.08))
      addStaffNote(journey, stay.checkInAt + rng.between(1, 20) * HOUR, stay.locationId, true);
    if (stay.checkOutAt === null) continue;
    const about = `the stay in ${stay.city}`;
    const answer = marketing.survey(stay.checkOutAt, about, stay.locationId, "stay");
    if (answer && answer.answeredAt > now - 60 * DAY) addFeedbackGiven(journey, answer.answeredAt, about);
  }
}

function addOrders(plan: Plan): void {
  const { journey, scenarios, marketing, store, signupAt } = plan;
  const { rng, now } = journey;
  const { stores } = journey.ctx.locations;
  const count = rng.weighted([
    [1, 40],
    [2, 30],
    [3, 18],
    [4, 12],
  ] as const);
  for (let o = 0; o < count; o++) {
    const placedAt = plan.randomTime(signupAt, now - RECENT_ORDER_GAP);
    const order = addOrder(journey, placedAt, stores, { store: rng.chance(0.7) ? store : undefined });
    if (order.locationId) plan.places.push({ id: order.locationId, city: order.city, type: "store" });
    if (order.completedAt === null) continue;
    if (order.locationId && rng.chance(0.06))
      addStaffNote(journey, order.completedAt + 2 * MINUTE, order.locationId, false);
    if (order.locationId && rng.chance(0.05))
      addVisitFacts(journey, order.completedAt + 3 * MINUTE, order.locationId, false);
    marketing.survey(order.completedAt, `order #${order.orderNumber}`, order.locationId, "order");
  }
  if (scenarios.hasRecentDeskLamp) {
    const placedAt = now - rng.between(RECENT_ORDER_GAP, 14 * DAY);
    const order = addOrder(journey, placedAt, stores, { mission: DESK_LIGHTING, store });
    if (order.locationId) plan.places.push({ id: order.locationId, city: order.city, type: "store" });
  }
}

function addServiceHistory(plan: Plan): void {
  const { journey, scenarios, marketing, places } = plan;
  const { rng, now } = journey;
  const placeOrNone = () => (places.length > 0 && rng.chance(0.7) ? rng.pick(places) : null);
  const questions = rng.count(0.45);
  for (let q = 0; q < questions; q++) {
    addCase(journey, rng.chance(0.6) ? "question" : "request", plan.randomTime(), placeOrNone(), false);
  }
  if (rng.chance(0.1)) addCase(journey, "complaint", plan.randomTime(), placeOrNone(), false);
  if (scenarios.hasOpenComplaint) {
    const place = places.at(-1) ?? { id: plan.hotel.id, city: plan.hotel.city, type: "hotel" as const };
    addCase(journey, "complaint", now - rng.between(HOUR, 10 * DAY), place, true);
  }
  const trivial = rng.count(1);
  for (let t = 0; t < trivial; t++) addTrivial(journey, plan.randomTime());
  if (scenarios.isSurveyedAfterTrivial) {
    const at = now - rng.between(3, 50) * DAY;
    const kind = rng.chance(0.5) ? "address_change" : "password_reset";
    addTrivial(journey, at, kind);
    marketing.survey(at, "your recent contact with us", null, kind, 20 * HOUR);
  }
  const firstPlace = places[0];
  if (firstPlace && rng.chance(0.06)) addSocialMention(journey, plan.randomTime(), firstPlace);
}

function addOddsAndEnds(plan: Plan): void {
  const { journey, signupAt } = plan;
  const { rng } = journey;
  const heardVia = journey.firstTouchSource ? HEARD_VIA[journey.firstTouchSource] : undefined;
  if (heardVia && rng.chance(0.08)) {
    const at = signupAt + rng.between(1, 30) * MINUTE;
    addFact(journey, {
      kind: "heard_via",
      label: "Heard of us via",
      value: heardVia,
      at,
      locationId: null,
      channel: "web",
      source: "webshop",
    });
  }
  if (rng.chance(0.05)) addContactPreference(journey, plan.randomTime());
  const generics = rng.count(1.2);
  for (let g = 0; g < generics; g++) addGeneric(journey, plan.randomTime());
}

export function generateJourney(journey: Journey, scenarios: Scenarios): void {
  const { rng, now, ctx } = journey;
  const t0 = now - customerAge(journey, scenarios) * DAY;
  const hotel = rng.pick(ctx.locations.hotels);
  const store = rng.pick(ctx.locations.stores);
  const { signupAt, firstStay } = addFirstTouch(journey, scenarios, t0, hotel, store);
  const marketing = new Marketing(journey, addConsents(journey, scenarios, signupAt));
  const randomTime = (from = t0 + HOUR, until = now) => rng.between(from, Math.max(from, until));
  const plan: Plan = { journey, scenarios, marketing, hotel, store, signupAt, places: [], randomTime };

  marketing.newsletters(signupAt);
  marketing.offers(signupAt, 0.06);
  const sessions = rng.count(3.5);
  for (let s = 0; s < sessions; s++) {
    const isHotel = isGuest(scenarios) && (!isShopper(scenarios) || rng.chance(0.5));
    addSession(journey, randomTime(), isHotel, isHotel ? hotel.city : store.city);
  }
  if (isGuest(scenarios)) addStays(plan, firstStay);
  else if (firstStay) plan.places.push({ id: firstStay.locationId, city: firstStay.city, type: "hotel" });
  if (isShopper(scenarios)) addOrders(plan);
  addServiceHistory(plan);
  addOddsAndEnds(plan);
  if (scenarios.isOverContacted) marketing.overContact();
}
