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
}

function roll(index: number, salt: number): number {
  return hash32(index, salt) % 1000;
}

export function scenariosOf(index: number): Scenarios {
  const isReturningGuest = roll(index, 11) < 80;
  const hasRecentDeskLamp = roll(index, 12) < 30;
  const segmentRoll = roll(index, 10);
  let segment: Segment = segmentRoll < 450 ? "guest" : segmentRoll < 850 ? "shopper" : "both";
  if (isReturningGuest && segment === "shopper") segment = "both";
  if (hasRecentDeskLamp && segment === "guest") segment = "both";
  return {
    segment,
    isOverContacted: roll(index, 13) < 40,
    hasOpenComplaint: roll(index, 14) < 30,
    isSurveyedAfterTrivial: roll(index, 15) < 30,
    isReturningGuest,
    hasRecentDeskLamp,
    hasRoomPreference: segment !== "shopper" && roll(index, 16) < 200,
  };
}

export function isGuest(scenarios: Scenarios): boolean {
  return scenarios.segment !== "shopper";
}

export function isShopper(scenarios: Scenarios): boolean {
  return scenarios.segment !== "guest";
}
