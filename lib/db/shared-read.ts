import "server-only";
import { readRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";

// When a change lands, every open board of its location reads the same rows again within a few
// milliseconds: with 25 boards on one app server, 25 identical statements and contact-badge loads.
// A read that names the transaction it must show (the push's xid) joins one already under way or
// just done on this server when that read's snapshot shows the transaction; otherwise it reads for
// itself. Visibility decides, not timing: no board gets rows from before the change it was told of.

/** A PostgreSQL snapshot (pg_current_snapshot()): which transactions it shows. */
export interface Snapshot {
  xmin: number;
  xmax: number;
  inProgress: number[];
}

export function parseSnapshot(text: string): Snapshot {
  const [xmin, xmax, list] = text.split(":");
  return {
    xmin: Number(xmin),
    xmax: Number(xmax),
    inProgress: list ? list.split(",").filter(Boolean).map(Number) : [],
  };
}

/** Whether a read under `snapshot` shows what transaction `xid` committed. */
export function shows(snapshot: Snapshot, xid: number): boolean {
  return xid < snapshot.xmin || (xid < snapshot.xmax && !snapshot.inProgress.includes(xid));
}

/** A finished read stays joinable this long. */
const KEEP_MS = 2_000;
const MAX_ENTRIES = 1_000;

interface Entry {
  read: Promise<{ value: unknown; snapshot: Snapshot }>;
  expiresAt: number;
}

const entries = ((globalThis as unknown as Record<symbol, Map<string, Entry> | undefined>)[
  Symbol.for("gastvrij.sharedReads")
] ??= new Map<string, Entry>());

/**
 * `load()`'s value, shared among concurrent reads of the same `key` that must show transaction `xid`.
 * The key names everything the value depends on except the reader (who masks it afterwards). The
 * snapshot is taken before `load()` runs on the primary, so whatever it shows, the load shows too.
 */
export async function sharedRead<T>(key: string, xid: number, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  for (const [other, entry] of entries) if (entry.expiresAt <= now) entries.delete(other);
  const existing = entries.get(key);
  if (existing) {
    const done = await existing.read.catch(() => null);
    if (done && shows(done.snapshot, xid)) return done.value as T;
  }
  const read = (async () => {
    const [row] = await readRows<{ snapshot: string }>(
      Prisma.sql`SELECT pg_current_snapshot()::text AS snapshot`,
    );
    return { value: (await load()) as unknown, snapshot: parseSnapshot(row!.snapshot) };
  })();
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, { read, expiresAt: now + KEEP_MS });
  read.catch(() => {
    if (entries.get(key)?.read === read) entries.delete(key);
  });
  return (await read).value as T;
}
