// The main load: regular customers chunk by chunk. Generating chunk n+1 overlaps with the COPY of
// chunk n, so Node and PostgreSQL each keep one core busy.
import type pg from "pg";
import { CHUNK_SIZE, generateChunk, missingIndexes, writeChunk } from "./chunks";
import type { JourneyContext } from "./journey";
import { addCounts, createBuffers, emptyCounts, type TableCounts } from "./tables";

const PROGRESS_EVERY_MS = 15_000;

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds >= 60
    ? `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, "0")}s`
    : `${seconds}s`;
}

export async function seedCustomers(
  client: pg.ClientBase,
  ctx: Omit<JourneyContext, "buffers">,
  customers: number,
  existing: ReadonlyMap<number, number>,
  log: (line: string) => void,
): Promise<TableCounts> {
  const inserted = emptyCounts();
  const bufferSets = [createBuffers(), createBuffers()];
  let inFlight: Promise<void> | null = null;
  let failure: unknown = null;
  let turn = 0;
  const started = performance.now();
  let lastLog = started;
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    log("Interrupted: finishing the chunk in flight, then stopping.");
  };
  process.once("SIGINT", onSignal);
  try {
    for (let start = 0; start < customers && !interrupted; start += CHUNK_SIZE) {
      const end = Math.min(start + CHUNK_SIZE, customers);
      const have = existing.get(start / CHUNK_SIZE) ?? 0;
      if (have >= end - start) continue;
      const indexes =
        have === 0
          ? Array.from({ length: end - start }, (_, i) => start + i)
          : await missingIndexes(client, start, end);
      const buffers = bufferSets[turn++ % 2] ?? createBuffers();
      await generateChunk({ ...ctx, buffers }, indexes);
      if (inFlight) await inFlight;
      if (failure) throw failure;
      inFlight = writeChunk(client, buffers).then(
        (counts) => addCounts(inserted, counts),
        (error: unknown) => {
          failure = error;
        },
      );
      const nowMs = performance.now();
      if (nowMs - lastLog > PROGRESS_EVERY_MS) {
        lastLog = nowMs;
        const rate = inserted.Customer / ((nowMs - started) / 1000);
        const left = customers - end;
        log(
          `  ${end.toLocaleString("en")} / ${customers.toLocaleString("en")} customers, ` +
            `${inserted.JourneyEvent.toLocaleString("en")} events written, ${Math.round(rate).toLocaleString("en")} customers/s` +
            (rate > 0 ? `, about ${formatDuration((left / rate) * 1000)} to go` : ""),
        );
      }
    }
    if (inFlight) await inFlight;
    if (failure) throw failure;
    if (interrupted) throw new Error("Seeding interrupted; run it again to continue where it stopped.");
  } finally {
    process.removeListener("SIGINT", onSignal);
  }
  return inserted;
}
