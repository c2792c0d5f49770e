// What a fuzz run rejected, so it can check afterwards that none of it reached the database.
import type pg from "pg";
import { expect } from "vitest";

export interface ItemMarkers {
  /** sourceEventIds (or Segment messageIds) the item would have stored. */
  eventIds: string[];
  /** Normalized identifier values only this item carries. */
  identities: string[];
}

export interface Ledger {
  eventIds: Set<string>;
  identities: Set<string>;
}

export const newLedger = (): Ledger => ({ eventIds: new Set(), identities: new Set() });

function reject(ledger: Ledger, markers: ItemMarkers | undefined) {
  markers?.eventIds.forEach((id) => ledger.eventIds.add(id));
  markers?.identities.forEach((value) => ledger.identities.add(value.toLowerCase()));
}

/** Notes every item the answer rejected: all of them for a 4xx, else those with status "rejected". */
export function noteResults(ledger: Ledger, status: number, text: string, markers: ItemMarkers[]): void {
  if (status >= 400) return markers.forEach((item) => reject(ledger, item));
  const body = JSON.parse(text) as { results?: { status?: string }[] };
  body.results?.forEach((result, index) => {
    if (result.status === "rejected") reject(ledger, markers[index]);
  });
}

const TABLES = [
  "Customer",
  "Identity",
  "JourneyEvent",
  "Booking",
  "Order",
  "OrderLine",
  "ServiceCase",
  "Consent",
  "CustomerFact",
  "CustomerLocation",
  "OutboundContact",
  "DuplicateSuggestion",
  "MergeRecord",
];

/** Row counts of every table an ingest can write, in one round trip. */
export async function rowCounts(client: pg.Client): Promise<Record<string, number>> {
  const { rows } = await client.query<Record<string, number>>(
    `SELECT ${TABLES.map((table) => `(SELECT count(*)::int FROM "${table}") AS "${table}"`).join(", ")}`,
  );
  return rows[0]!;
}

export async function assertLedger(client: pg.Client, ledger: Ledger): Promise<void> {
  expect(ledger.eventIds.size + ledger.identities.size).toBeGreaterThan(0);
  const events = await client.query<{ id: string }>(
    `SELECT "sourceEventId" AS id FROM "JourneyEvent" WHERE "sourceEventId" = ANY($1::text[])`,
    [[...ledger.eventIds]],
  );
  expect(events.rows.map((row) => row.id)).toEqual([]);
  const identities = await client.query<{ value: string }>(
    `SELECT "normalizedValue" AS value FROM "Identity" WHERE lower("normalizedValue") = ANY($1::text[])`,
    [[...ledger.identities]],
  );
  expect(identities.rows.map((row) => row.value)).toEqual([]);
}
