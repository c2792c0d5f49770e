/** Source of the events the boards record themselves; with (source, sourceEventId) unique, a repeated
 * check-in or hand-over stores its event once. The journal's entries use the same source. */
export const GASTVRIJ_SOURCE = "gastvrij";
