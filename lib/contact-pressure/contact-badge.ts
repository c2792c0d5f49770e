// What the boards show of contact pressure: plain JSON, the same from the server render and the API.

/**
 * A contact-pressure warning ("no survey", "contact limit reached"). Judged by the eligibility engine;
 * the boards render whatever it returns.
 */
export interface ContactBadge {
  kind: "no_survey" | "contact_limit_reached";
  /** Short text on the badge. */
  label: string;
  /** Why, in one sentence, with the date it changes when there is one (English, for logs and tests). */
  reason: string;
  /** The same sentence in each interface language; the board shows the staff member's. */
  reasons: Record<"nl" | "en", string>;
}
