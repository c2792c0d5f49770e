// The schema stays ready for a distributed PostgreSQL (Citus) with customerId as the distribution
// column (docs/scaling.md, "The path past one database"). Read from the migrated catalog:
// - every table that hangs off a customer (a foreign key to Customer, directly or through another
//   such table) carries customerId, so it can be co-located with its customer;
// - the foreign keys between those tables name customerId on both sides, as co-located keys must;
// - their unique keys include customerId, or are listed below with what they become at the move.
// A new table, key or constraint that breaks this fails here, and the list says what to decide.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** Unique keys without customerId that are known, and what each becomes at the move. */
const GLOBAL_KEYS: Record<string, string> = {
  Identity_type_normalizedValue_key:
    "identity resolution looks identifiers up across all customers: a lookup table distributed by normalizedValue",
  JourneyEvent_source_sourceEventId_key:
    "ingestion's de-duplication across customers: a lookup table distributed by sourceEventId",
  Booking_reference_key: "references are unique across sources: a lookup table distributed by reference",
  Order_orderNumber_key: "order numbers are unique across sources: a lookup table distributed by orderNumber",
  ServiceCase_reference_key:
    "case references are unique across sources: a lookup table distributed by reference",
  OutboundContact_pkey:
    "one judgement per event: becomes (customerId, eventId) with JourneyEvent's (customerId, id)",
};

/** Foreign keys between customer tables that do not name customerId yet, and what they become. */
const KEYS_TO_WIDEN: Record<string, string> = {
  OutboundContact_eventId_fkey:
    "(customerId, eventId) → JourneyEvent (customerId, id), with JourneyEvent's primary key",
  DuplicateSuggestion_customerBId_fkey:
    "a pair of customers lives with customerAId; the second customer is checked by the application",
};

/** Tables about two customers at once: distributed by the first, the column named here. */
const PAIR_TABLES: Record<string, string> = { DuplicateSuggestion: "customerAId" };

let client: pg.Client;
let customerTables: string[] = [];

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  // Customer, and every table with a foreign key to a table already in the set, until none is added.
  const { rows } = await client.query<{ table: string }>(`
    WITH RECURSIVE scoped(oid) AS (
      SELECT '"Customer"'::regclass::oid
      UNION
      SELECT c.conrelid FROM pg_constraint c JOIN scoped s ON c.confrelid = s.oid WHERE c.contype = 'f'
    )
    SELECT oid::regclass::text AS table FROM scoped`);
  customerTables = rows.map((row) => row.table.replaceAll('"', "")).sort();
});

afterAll(async () => {
  await client.end();
});

const distributionColumn = (table: string) =>
  table === "Customer" ? "id" : (PAIR_TABLES[table] ?? "customerId");

describe("ready for customerId as the distribution column", () => {
  it("finds the customer's tables", () => {
    expect(customerTables).toEqual(
      expect.arrayContaining([
        "Customer",
        "Booking",
        "Order",
        "OrderLine",
        "JourneyEvent",
        "OutboundContact",
      ]),
    );
  });

  it("every table that hangs off a customer carries customerId", async () => {
    const { rows } = await client.query<{ table: string; column: string }>(
      `SELECT table_name AS table, column_name AS column FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = ANY($1)`,
      [customerTables],
    );
    const missing = customerTables.filter(
      (table) => !rows.some((row) => row.table === table && row.column === distributionColumn(table)),
    );
    expect(missing).toEqual([]);
  });

  it("foreign keys between the customer's tables name customerId on both sides", async () => {
    const { rows } = await client.query<{ name: string; columns: string[]; referenced: string[] }>(
      `SELECT c.conname AS name,
         ARRAY(SELECT a.attname::text FROM unnest(c.conkey) k JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k) AS columns,
         ARRAY(SELECT a.attname::text FROM unnest(c.confkey) k JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k) AS referenced
       FROM pg_constraint c
       WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY($1) AND c.confrelid::regclass::text = ANY($1)`,
      [customerTables.map((table) => `"${table}"`)],
    );
    const narrow = rows
      .filter(
        (row) =>
          !(
            row.referenced.length === 1 &&
            row.referenced[0] === "id" &&
            row.columns.length === 1 &&
            /^customer(A)?Id$/.test(row.columns[0]!)
          ),
      )
      .filter((row) => !(row.columns.includes("customerId") && row.referenced.includes("customerId")))
      .map((row) => row.name)
      .filter((name) => !(name in KEYS_TO_WIDEN));
    expect(narrow).toEqual([]);
  });

  it("unique keys of the customer's tables include customerId, or are known global keys", async () => {
    const { rows } = await client.query<{ name: string; table: string; columns: string[] }>(
      `SELECT i.indexrelid::regclass::text AS name, i.indrelid::regclass::text AS table,
         ARRAY(SELECT a.attname::text FROM unnest(i.indkey) k JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k) AS columns
       FROM pg_index i WHERE i.indisunique AND i.indrelid::regclass::text = ANY($1)`,
      [customerTables.map((table) => `"${table}"`)],
    );
    const unknown = rows
      .map((row) => ({ ...row, name: row.name.replaceAll('"', ""), table: row.table.replaceAll('"', "") }))
      // A UUIDv7 primary key is unique by construction; at the move it becomes (customerId, id).
      .filter((row) => !(row.columns.length === 1 && row.columns[0] === "id"))
      .filter((row) => !row.columns.includes(distributionColumn(row.table)))
      .map((row) => row.name)
      .filter((name) => !(name in GLOBAL_KEYS));
    expect(unknown).toEqual([]);
  });
});
