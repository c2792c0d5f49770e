// Rows for today's arrivals and pickups, written with plain INSERTs in one transaction. Also keeps
// CustomerLocation and the customers' first/last seen in step with the events it adds.
import type pg from "pg";
import type { Channel, Direction, EventType } from "../../lib/generated/prisma/enums";
import { keyUuid } from "./ids";
import type { Scenarios } from "./scenarios";
import { insertRows, type SqlValue } from "./sql";
import { emptyCounts, TABLE_COLUMNS, type TableCounts } from "./tables";
import { iso } from "./time";

export interface TodayEvent {
  key: string;
  type: EventType;
  channel: Channel;
  at: number;
  locationId: string;
  source: string;
  summary: string;
  payload: Record<string, string | number>;
  direction?: Direction;
}

const EVENT_COLUMNS = [
  "id",
  "customerId",
  "type",
  "channel",
  "direction",
  "occurredAt",
  "locationId",
  "source",
  "sourceEventId",
  "summary",
  "payload",
] as const;
const OUTBOUND = new Set<EventType>(["order_ready"]);
const ORDER_PICKUP_STATUS = TABLE_COLUMNS.Order.indexOf("pickupStatus");

/** What today's arrivals and pickups are generated with. */
export interface TodayContext {
  rows: TodayRows;
  now: number;
  /** Today in Amsterdam as days since 1970-01-01, and as "YYYY-MM-DD" and "YYMMDD". */
  today: number;
  date: string;
  stamp: string;
  /** A customer index matching the scenario, not yet used today if possible. */
  pickCustomer: (predicate: (scenarios: Scenarios) => boolean) => number;
}

export class TodayRows {
  private readonly bookings: SqlValue[][] = [];
  private readonly orders: SqlValue[][] = [];
  private readonly orderLines: SqlValue[][] = [];
  private readonly identities: SqlValue[][] = [];
  private readonly events: SqlValue[][] = [];
  /** "customerId/locationId" → [first, last] ms. */
  private readonly places = new Map<string, [number, number]>();
  /** customerId → [first, last inbound] ms. */
  private readonly seen = new Map<string, [number, number]>();

  get arrivals(): number {
    return this.bookings.length;
  }

  /** Orders ready for pickup; an earlier, collected order written alongside doesn't count. */
  get pickups(): number {
    return this.orders.filter((row) => row[ORDER_PICKUP_STATUS] === "ready").length;
  }

  booking(row: SqlValue[]): void {
    this.bookings.push(row);
  }

  order(row: SqlValue[]): void {
    this.orders.push(row);
  }

  orderLine(row: SqlValue[]): void {
    this.orderLines.push(row);
  }

  identity(id: string, customerId: string, type: string, value: string, source: string, at: number): void {
    this.identities.push([id, customerId, type, value, value, source, iso(at)]);
  }

  event(customerId: string, event: TodayEvent): void {
    const direction = event.direction ?? (OUTBOUND.has(event.type) ? "outbound" : "inbound");
    this.events.push([
      keyUuid(event.key),
      customerId,
      event.type,
      event.channel,
      direction,
      iso(event.at),
      event.locationId,
      event.source,
      event.key,
      event.summary,
      JSON.stringify(event.payload),
    ]);
    const place = `${customerId}/${event.locationId}`;
    const span = this.places.get(place);
    this.places.set(
      place,
      span ? [Math.min(span[0], event.at), Math.max(span[1], event.at)] : [event.at, event.at],
    );
    const seen = this.seen.get(customerId) ?? [event.at, Number.NEGATIVE_INFINITY];
    this.seen.set(customerId, [
      Math.min(seen[0], event.at),
      direction === "inbound" ? Math.max(seen[1], event.at) : seen[1],
    ]);
  }

  /** Inserts everything unless this date is already there; returns the rows that are new. */
  async write(client: pg.ClientBase): Promise<TableCounts> {
    const counts = emptyCounts();
    counts.Booking = await insertRows(client, "Booking", TABLE_COLUMNS.Booking, this.bookings);
    counts.Order = await insertRows(client, "Order", TABLE_COLUMNS.Order, this.orders);
    if (counts.Booking + counts.Order === 0) return counts;
    counts.OrderLine = await insertRows(client, "OrderLine", TABLE_COLUMNS.OrderLine, this.orderLines);
    counts.Identity = await insertRows(client, "Identity", TABLE_COLUMNS.Identity, this.identities);
    counts.JourneyEvent = await insertRows(client, "JourneyEvent", EVENT_COLUMNS, this.events);
    const places = [...this.places].map(([key, [first, last]]) => [...key.split("/"), iso(first), iso(last)]);
    counts.CustomerLocation = await insertRows(
      client,
      "CustomerLocation",
      TABLE_COLUMNS.CustomerLocation,
      places,
      `ON CONFLICT ("customerId", "locationId") DO UPDATE SET
         "firstSeenAt" = least("CustomerLocation"."firstSeenAt", EXCLUDED."firstSeenAt"),
         "lastSeenAt" = greatest("CustomerLocation"."lastSeenAt", EXCLUDED."lastSeenAt")`,
    );
    const seen = [...this.seen].filter(([, [, last]]) => Number.isFinite(last));
    await client.query(
      `UPDATE "Customer" c SET "firstSeenAt" = least(c."firstSeenAt", v.first), "lastSeenAt" = greatest(c."lastSeenAt", v.last)
       FROM unnest($1::uuid[], $2::timestamp[], $3::timestamp[]) AS v(id, first, last) WHERE c.id = v.id`,
      [seen.map(([id]) => id), seen.map(([, [first]]) => iso(first)), seen.map(([, [, last]]) => iso(last))],
    );
    return counts;
  }
}
