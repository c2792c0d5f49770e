// Who a customer is and which demo scenario they play, as a pure function of their index, so the
// journey generator and today's arrivals and pickups agree without sharing state.
import { hash32 } from "./random";

export type Segment = "guest" | "shopper" | "both";

export interface Scenarios {
  segment: Segment;
  /** 6-10 outbound marketing contacts in the last 30 days. */
  isOverContacted: boolean;
  /** A recent complaint that is still open. */
  hasOpenComplaint: boolean;
  /** An address change or password reset followed by a survey within a day. */
  isSurveyedAfterTrivial: boolean;
  /** Three or more stays. */
  isReturningGuest: boolean;
  /** Bought a desk lamp in the last two weeks. */
  hasRecentDeskLamp: boolean;
  /** Told us how they like their room. */
  hasRoomPreference: boolean;
  /** A one-off customer with a short history and no scenario; see occasionalPerMille. */
  isOccasional: boolean;
}

function roll(index: number, salt: number): number {
  return hash32(index, salt) % 1000;
}

/**
 * Per mille of scenario-free customers who are occasional. The first customers are all regulars, so a
 * small demo seed is rich (about 40 events each); past the 50,000th, nine in ten are occasional, so a
 * million customers average about 20 events, the size the benchmarks are defined on.
 */
function occasionalPerMille(index: number): number {
  return Math.round(940 * Math.min(1, index / 50_000));
}

export function scenariosOf(index: number): Scenarios {
  const isReturningGuest = roll(index, 11) < 80;
  const hasRecentDeskLamp = roll(index, 12) < 30;
  const isOverContacted = roll(index, 13) < 40;
  const hasOpenComplaint = roll(index, 14) < 30;
  const isSurveyedAfterTrivial = roll(index, 15) < 30;
  const segmentRoll = roll(index, 10);
  let segment: Segment = segmentRoll < 450 ? "guest" : segmentRoll < 850 ? "shopper" : "both";
  if (isReturningGuest && segment === "shopper") segment = "both";
  if (hasRecentDeskLamp && segment === "guest") segment = "both";
  const hasScenario =
    isReturningGuest || hasRecentDeskLamp || isOverContacted || hasOpenComplaint || isSurveyedAfterTrivial;
  const isOccasional = !hasScenario && roll(index, 17) < occasionalPerMille(index);
  return {
    segment,
    isOverContacted,
    hasOpenComplaint,
    isSurveyedAfterTrivial,
    isReturningGuest,
    hasRecentDeskLamp,
    hasRoomPreference: !isOccasional && segment !== "shopper" && roll(index, 16) < 200,
    isOccasional,
  };
}

export function isGuest(scenarios: Scenarios): boolean {
  return scenarios.segment !== "shopper";
}

export function isShopper(scenarios: Scenarios): boolean {
  return scenarios.segment !== "guest";
}
