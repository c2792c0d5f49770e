// Writes the long-history benchmark customers that are not there yet, in one transaction.
import type pg from "pg";
import { writeChunk } from "./chunks";
import type { JourneyContext } from "./journey";
import { generateLongHistoryCustomer, LONG_HISTORY_CUSTOMERS, longHistoryCustomerId } from "./long-history";
import { createBuffers, emptyCounts, type TableCounts } from "./tables";

export async function seedLongHistory(
  client: pg.ClientBase,
  ctx: Omit<JourneyContext, "buffers">,
  log: (line: string) => void,
): Promise<{ ids: string[]; inserted: TableCounts }> {
  const ids = Array.from({ length: LONG_HISTORY_CUSTOMERS }, (_, k) => longHistoryCustomerId(k));
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM "Customer" WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  const present = new Set(rows.map((row) => row.id));
  const buffers = createBuffers();
  ids.forEach((id, k) => {
    if (!present.has(id)) generateLongHistoryCustomer({ ...ctx, buffers }, k);
  });
  if (buffers.Customer.size === 0) return { ids, inserted: emptyCounts() };
  log(
    `Adding ${buffers.Customer.size} long-history customers (${buffers.JourneyEvent.size.toLocaleString("en")} events)...`,
  );
  return { ids, inserted: await writeChunk(client, buffers) };
}
