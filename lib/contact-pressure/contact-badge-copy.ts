// The words of the boards' contact badges, so a translation replaces this file only.
export const contactBadgeCopy = {
  noSurvey: "No survey",
  limitReached: "Contact limit reached",
  moreReasons: (first: string, more: number) =>
    `${first} (and ${more} more ${more === 1 ? "reason" : "reasons"})`,
  limitReason: (count: number, budget: number, days: number) =>
    `${count} marketing contacts in the last ${days} days; the policy allows ${budget}`,
};
