// One customer's journey as it is generated: every row it owns goes through here, which hands out
// deterministic ids, keeps first/last seen and the customer's locations, and writes COPY lines.
import { contactPurposeOf, subjectRefOf } from "../../lib/eligibility/eligibility-types";
import type { Channel, Direction, EventType, IdentityType } from "../../lib/generated/prisma/enums";
import { field, jsonField } from "./copy";
import { base36, IdKind, LONG_HISTORY_OWNER_BASE, seedUuid } from "./ids";
import type { SeedLocations } from "./locations";
import type { Rng } from "./random";
import type { ChunkBuffers } from "./tables";
import { iso } from "./time";

export interface JourneyContext {
  buffers: ChunkBuffers;
  locations: SeedLocations;
  /** Where generated histories end (the start of today in Amsterdam), in ms; nothing happens after it. */
  now: number;
  /** Today in Amsterdam, as days since 1970-01-01. */
  today: number;
}

export interface EventInput {
  type: EventType;
  channel: Channel;
  at: number;
  source: string;
  summary: string;
  direction?: Direction;
  locationId?: string | null;
  name?: string;
  reason?: string;
  utm?: { source: string; medium: string; campaign: string };
  payload?: Record<string, string | number | boolean>;
}

const OUTBOUND: ReadonlySet<EventType> = new Set<EventType>([
  "newsletter_sent",
  "promotion_sent",
  "survey_sent",
  "service_reply",
  "case_resolved",
  "order_ready",
  "order_delayed",
  "order_delivered",
]);

export class Journey {
  readonly customerId: string;
  firstSeenAt = Number.POSITIVE_INFINITY;
  lastSeenAt = Number.NEGATIVE_INFINITY;
  firstTouchChannel: Channel | null = null;
  firstTouchSource: string | null = null;
  private readonly seq = {
    event: 0,
    identity: 0,
    booking: 0,
    order: 0,
    orderLine: 0,
    case: 0,
    consent: 0,
    fact: 0,
  };
  private readonly places = new Map<string, [number, number]>();
  private readonly eventKey: string;

  constructor(
    readonly ctx: JourneyContext,
    readonly owner: number,
    readonly rng: Rng,
  ) {
    this.customerId = seedUuid(IdKind.customer, owner, 0);
    this.eventKey = base36(owner, 7);
  }

  get now(): number {
    return this.ctx.now;
  }

  get eventCount(): number {
    return this.seq.event;
  }

  get isLongHistory(): boolean {
    return this.owner >= LONG_HISTORY_OWNER_BASE;
  }

  /** Records an event; one that would lie in the future is dropped and reported as false. */
  event(input: EventInput): boolean {
    if (input.at > this.ctx.now) return false;
    const seq = this.seq.event++;
    const direction = input.direction ?? (OUTBOUND.has(input.type) ? "outbound" : "inbound");
    const at = iso(input.at);
    const utm = input.utm;
    const eventId = seedUuid(IdKind.event, this.owner, seq);
    this.ctx.buffers.JourneyEvent.add(
      `${eventId}\t${this.customerId}\t${input.type}\t${field(input.name)}\t` +
        `${input.channel}\t${direction}\t${at}\t${input.locationId ?? "\\N"}\t${input.source}\t` +
        `${this.eventKey}-${base36(seq, 4)}\t${field(input.summary)}\t${field(input.reason)}\t` +
        `${field(utm?.source)}\t${field(utm?.medium)}\t${field(utm?.campaign)}\t${jsonField(input.payload)}\n`,
    );
    // History is loaded unevaluated (withinPolicy null); scripts/evaluate-contact-history.ts judges it.
    const purpose = contactPurposeOf({
      type: input.type,
      channel: input.channel,
      direction,
      payload: input.payload,
    });
    if (purpose) {
      this.ctx.buffers.OutboundContact.add(
        `${eventId}\t${this.customerId}\t${purpose}\t${input.channel}\t${at}\t${input.source}\t` +
          `${field(subjectRefOf(input.payload))}\n`,
      );
    }
    if (input.at < this.firstSeenAt) this.firstSeenAt = input.at;
    if (direction === "inbound" && input.at > this.lastSeenAt) this.lastSeenAt = input.at;
    if (input.locationId) this.touchLocation(input.locationId, input.at);
    return true;
  }

  touchLocation(locationId: string, at: number): void {
    const seen = this.places.get(locationId);
    if (!seen) this.places.set(locationId, [at, at]);
    else if (at < seen[0]) seen[0] = at;
    else if (at > seen[1]) seen[1] = at;
  }

  identity(type: IdentityType, rawValue: string, normalizedValue: string, source: string, at: number): void {
    this.ctx.buffers.Identity.add(
      `${seedUuid(IdKind.identity, this.owner, this.seq.identity++)}\t${this.customerId}\t${type}\t` +
        `${field(rawValue)}\t${field(normalizedValue)}\t${source}\t${iso(Math.min(at, this.ctx.now))}\n`,
    );
  }

  nextId(kind: "booking" | "order" | "orderLine" | "case" | "consent" | "fact"): { id: string; seq: number } {
    const seq = this.seq[kind]++;
    const idKind = kind === "case" ? IdKind.serviceCase : IdKind[kind];
    return { id: seedUuid(idKind, this.owner, seq), seq };
  }

  /** "GV-0A3FZ-01" for regular customers, "LH-2-00A1" for the long-history ones. */
  bookingReference(seq: number): string {
    if (this.isLongHistory) return `LH-${this.owner - LONG_HISTORY_OWNER_BASE}-${base36(seq, 4)}`;
    return `GV-${base36(this.owner, 5)}-${base36(seq, 2)}`;
  }

  orderNumber(seq: number): string {
    if (this.isLongHistory) return `9${this.owner - LONG_HISTORY_OWNER_BASE}${String(seq).padStart(7, "0")}`;
    return String(10_000_000 + this.owner * 16 + seq);
  }

  caseReference(seq: number): string {
    if (this.isLongHistory) return `SC-L${this.owner - LONG_HISTORY_OWNER_BASE}-${base36(seq, 4)}`;
    return `SC-${base36(this.owner, 5)}-${base36(seq, 2)}`;
  }

  /** Writes one CustomerLocation row per place the customer was seen; call once, at the end. */
  flushLocations(): void {
    for (const [locationId, [first, last]] of this.places) {
      this.ctx.buffers.CustomerLocation.add(
        `${this.customerId}\t${locationId}\t${iso(first)}\t${iso(last)}\n`,
      );
    }
  }
}
