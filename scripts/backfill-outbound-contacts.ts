// npm run contacts:backfill: fills OutboundContact from outbound events stored before the contact
// policy existed (or loaded in bulk), using the same mapping the ingest uses. Idempotent: events that
// already have a row are skipped, so it can be rerun after an interruption.
import pg from "pg";
import { contactPurposeOf, subjectRefOf } from "../lib/eligibility/eligibility-types";
import type { Channel, EventType } from "../lib/generated/prisma/enums";
import { withDatabase } from "./lib/database";

const PAGE = 50_000;

interface OutboundEvent {
  id: string;
  customerId: string;
  type: EventType;
  channel: Channel;
  /** As text: passed back unchanged, so no time zone conversion can creep in. */
  occurredAt: string;
  source: string;
  payload: unknown;
}

async function backfill(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SET TIME ZONE 'UTC'");
  const started = performance.now();
  let after = "00000000-0000-0000-0000-000000000000";
  let scanned = 0;
  let inserted = 0;
  try {
    for (;;) {
      const { rows } = await client.query<OutboundEvent>(
        `SELECT id, "customerId", type, channel, "occurredAt"::text AS "occurredAt", source, payload FROM "JourneyEvent"
         WHERE id > $1 AND direction = 'outbound' ORDER BY id LIMIT $2`,
        [after, PAGE],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.id;
      scanned += rows.length;
      const contacts = rows.flatMap((row) => {
        const purpose = contactPurposeOf({ ...row, direction: "outbound" });
        return purpose ? [{ ...row, purpose, subjectRef: subjectRefOf(row.payload) }] : [];
      });
      if (contacts.length > 0) {
        const result = await client.query(
          `INSERT INTO "OutboundContact" ("eventId", "customerId", purpose, channel, "occurredAt", source, "subjectRef")
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::"ContactPurpose"[], $4::"Channel"[], $5::timestamp[], $6::text[], $7::text[])
           ON CONFLICT ("eventId") DO NOTHING`,
          [
            contacts.map((c) => c.id),
            contacts.map((c) => c.customerId),
            contacts.map((c) => c.purpose),
            contacts.map((c) => c.channel),
            contacts.map((c) => c.occurredAt),
            contacts.map((c) => c.source),
            contacts.map((c) => c.subjectRef),
          ],
        );
        inserted += result.rowCount ?? 0;
      }
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `${scanned.toLocaleString("en")} outbound events read, ${inserted.toLocaleString("en")} contacts added (${seconds.toFixed(0)} s)`,
      );
    }
    await client.query(`ANALYZE "OutboundContact"`);
  } finally {
    await client.end();
  }
}

await withDatabase(backfill);
process.exit(0);
