import type { ContactBadge } from "@/lib/contact-pressure/contact-badge";
import type { BookingStatus, Channel, FactKind } from "@/lib/generated/prisma/enums";

// What the arrivals and pickups boards send to the browser: plain JSON (dates as ISO strings), the
// same from the server render (initialData) and from the JSON API the board polls.

export interface BoardLocation {
  id: string;
  code: string;
  name: string;
  city: string;
  timeZone: string;
}

/** One open or pending complaint; its reason is what the desk needs to acknowledge. */
export interface ComplaintBadge {
  reference: string;
  reason: string;
  openedAt: string;
}

/** A known fact worth acting on at the desk (room or product preference, dietary need, access). */
export interface PreferenceBadge {
  kind: FactKind;
  label: string;
  value: string;
}

/** Context badges shared by both boards, from one batched query per kind. */
export interface CustomerBadges {
  /** Stays (arrivals boards) or orders (pickups board) before this one; 0 for a first visit. */
  previousVisits: number;
  openComplaints: ComplaintBadge[];
  preferences: PreferenceBadge[];
}

export interface BoardCustomer {
  id: string;
  name: string;
}

export interface ArrivalRow {
  bookingId: string;
  reference: string;
  status: Exclude<BookingStatus, "cancelled">;
  checkedInAt: string | null;
  /** Confirmed and the hotel's today lies within the stay. */
  canCheckIn: boolean;
  customer: BoardCustomer;
  roomType: string;
  roomNumber: string | null;
  nights: number;
  guests: number;
  channel: Channel;
  badges: CustomerBadges;
  contactBadges: ContactBadge[];
}

export interface ArrivalsBoard {
  /** Null when the actor works at no hotel. */
  location: BoardLocation | null;
  /** The board's day and the hotel's today, both "YYYY-MM-DD". */
  date: string;
  today: string;
  rows: ArrivalRow[];
  generatedAt: string;
}

export interface PickupLine {
  id: string;
  productName: string;
  category: string;
  quantity: number;
}

export interface PickupAdvice {
  category: string;
  title: string;
  explanation: string;
}

export interface PickupRow {
  orderId: string;
  orderNumber: string;
  readyDate: string;
  placedAt: string;
  channel: Channel;
  totalAmount: string;
  currency: string;
  customer: BoardCustomer;
  lines: PickupLine[];
  advice: PickupAdvice[];
  badges: CustomerBadges;
  contactBadges: ContactBadge[];
}

export interface PickupsBoard {
  /** Null when the actor works at no store. */
  location: BoardLocation | null;
  today: string;
  rows: PickupRow[];
  generatedAt: string;
}

/** The locations of the board's kind the actor may pick from, for the location switcher. */
export type BoardLocationChoice = Pick<BoardLocation, "id" | "code" | "name">;
