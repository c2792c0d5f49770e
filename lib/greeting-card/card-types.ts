import type { Advice } from "@/lib/advice/suggest-advice";
import type {
  BookingStatus,
  CaseKind,
  CaseStatus,
  Channel,
  EventType,
  FactKind,
} from "@/lib/generated/prisma/enums";

// What the greeting card shows, as the profile loader hands it to the card's components. Type-only,
// so components may import it without pulling in server code.

/** A section that failed to load shows its own error; the rest of the card still renders. */
export type Section<T> = { ok: true; data: T } | { ok: false };

export type TodayBooking = {
  reference: string;
  locationName: string;
  /** Calendar days as YYYY-MM-DD. */
  arrivalDate: string;
  departureDate: string;
  nights: number;
  roomType: string;
  roomNumber: string | null;
  guests: number;
  status: BookingStatus;
  channel: Channel;
  bookedAt: Date;
  /** UTM "source / medium" of a campaign clicked in the 14 days before booking. */
  campaignSource: string | null;
};

export type OrderLineItem = { productName: string; category: string; quantity: number };

export type TodayPickup = {
  orderNumber: string;
  locationName: string;
  readyDate: string | null;
  channel: Channel;
  placedAt: Date;
  campaignSource: string | null;
  lines: OrderLineItem[];
};

export type TodayVisit = { booking: TodayBooking | null; pickups: TodayPickup[] };

export type OpenCase = {
  reference: string;
  kind: CaseKind;
  reason: string;
  summary: string;
  status: CaseStatus;
  channel: Channel;
  openedAt: Date;
  locationName: string | null;
};

export type RecentEvent = {
  id: string;
  type: EventType;
  channel: Channel;
  summary: string;
  reason: string | null;
  occurredAt: Date;
};

export type Attention = {
  cases: OpenCase[];
  /** All open cases, of which `cases` holds the first few (complaints first). */
  openCaseCount: number;
  /** Cancellations and delays in the last RECENT_DAYS days. */
  problems: RecentEvent[];
  /** Inbound contacts in the last RECENT_DAYS days with no reply after them. */
  unanswered: RecentEvent[];
};

export type Relationship = {
  previousStays: number;
  previousOrders: number;
  lastStay: { at: Date; locationName: string } | null;
  lastPickup: { at: Date; locationName: string | null } | null;
  /** The latest booking or order, for "how they came last time" when they are not here today. */
  latestBooking: { channel: Channel; bookedAt: Date } | null;
  latestOrder: { channel: Channel; placedAt: Date; lines: OrderLineItem[] } | null;
};

export type KnownFact = {
  id: string;
  kind: FactKind;
  label: string;
  value: string;
  source: string;
  recordedAt: Date;
  locationName: string | null;
  recordedByName: string | null;
};

/** The newest few facts; hasMore when the timeline holds older ones. */
export type KnownFacts = { items: KnownFact[]; hasMore: boolean };

export type AdviceSection = {
  items: Advice[];
  /** What the advice hangs on: today's pickup, the latest order, or nothing to go on. */
  basis: "pickup" | "latest_order" | "none";
};
