import type { JourneyEvent } from "@/lib/generated/prisma/client";
import type { TimelineFilters } from "@/lib/validation/timeline";

// The timeline as it travels to the browser: the same shape from the server-rendered first page and
// from the API, so dates are ISO strings. Type-only, so client components may import it.

export type TimelineEntry = Pick<
  JourneyEvent,
  | "id"
  | "type"
  | "name"
  | "channel"
  | "direction"
  | "summary"
  | "reason"
  | "locationId"
  | "source"
  | "sourceEventId"
  | "withinPolicy"
> & {
  occurredAt: string;
  locationName: string | null;
  /** The staff member who logged it, for entries made in Gastvrij. */
  authorName: string | null;
};

export type TimelinePage = {
  events: TimelineEntry[];
  /** Opaque keyset cursor for the next (older) page; null on the last page. */
  nextCursor: string | null;
  /**
   * Set when a filtered page stopped before filling up: how far back it looked. The next page carries
   * on from there, so the list can say "searched back to …" while it keeps looking.
   */
  searchedBackTo: string | null;
  /** The filters this page was read with, so the client knows which query it seeds. */
  filters: TimelineFilters;
};

/** What expanding an event shows beyond its row. Payload values are masked for roles without personal-data access. */
export type TimelineEventDetail = TimelineEntry & {
  payload: unknown;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  /** When Gastvrij received it, which can differ from when it happened. */
  receivedAt: string;
};

/** A location the timeline can be filtered by, or a journal entry placed at. */
export type TimelineLocation = { id: string; name: string };
