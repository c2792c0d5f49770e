import type { ErrorIssue } from "@/lib/errors";
import type { Channel, ContactPurpose, Direction, EventType } from "@/lib/generated/prisma/enums";
import type { IdentifierKind } from "@/lib/validation/normalize-identifier";
import type { EventInput } from "@/lib/validation/events";
import type { Traits } from "@/lib/validation/identifiers";

export interface PreparedIdentifier {
  kind: IdentifierKind;
  /** Normalized: what matching and the unique constraint use. */
  value: string;
  raw: string;
}

export interface PreparedEvent {
  type: EventType;
  name: string | null;
  channel: Channel;
  direction: Direction;
  occurredAt: Date;
  locationCode: string | null;
  sourceEventId: string;
  summary: string;
  reason: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  /** "google / cpc" or the referrer's host, for the channel of arrival. */
  touchSource: string | null;
  payload: Record<string, unknown> | null;
  booking: EventInput["booking"];
  order: EventInput["order"];
  serviceCase: EventInput["serviceCase"];
  consent: EventInput["consent"];
  fact: EventInput["fact"];
}

/** One event or customer record that passed validation, ready for resolution and writing. */
export interface PreparedItem {
  index: number;
  /** Usable identifiers in matching priority order. */
  identifiers: PreparedIdentifier[];
  traits: Traits | null;
  event: PreparedEvent | null;
  warnings: ErrorIssue[];
}

export type ItemOutcome =
  | {
      status: "accepted";
      customerId: string;
      eventId?: string;
      policy?: { withinPolicy: boolean; violatedRules: string[] };
      warnings: ErrorIssue[];
    }
  | { status: "duplicate"; warnings: ErrorIssue[] }
  /** An identifier of an erased customer: dropped so a source cannot bring the person back. */
  | { status: "suppressed" }
  | { status: "rejected"; errors: ErrorIssue[] };

export function identityKey(kind: IdentifierKind, value: string): string {
  return `${kind}:${value}`;
}

/** A prepared event bound for the batch's INSERT: its id, customer and location decided. */
export interface EventRow {
  id: string;
  /** The item's position in the request. */
  index: number;
  customerId: string;
  locationId: string | null;
  event: PreparedEvent;
}

/** How an outbound event stood against the contact policy at the moment it was sent. */
export interface OutboundJudgement {
  eventId: string;
  customerId: string;
  purpose: ContactPurpose;
  subjectRef: string | null;
  withinPolicy: boolean;
  violatedRules: string[];
  policyVersion: number;
}
