// Boards reading the same changed rows at once share one read, but only a read whose snapshot shows
// the transaction they were told about (lib/db/shared-read.ts).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSnapshot, sharedRead, shows } from "@/lib/db/shared-read";

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("CREATE TABLE shared_read_probe (n int)");
});
afterAll(async () => {
  await client.end();
});

/** Commits a write and returns its transaction id, as the board triggers send it. */
async function commitWrite(): Promise<number> {
  await client.query("BEGIN");
  await client.query("INSERT INTO shared_read_probe VALUES (1)");
  const { rows } = await client.query<{ xid: string }>("SELECT txid_current()::text AS xid");
  await client.query("COMMIT");
  return Number(rows[0]!.xid);
}

describe("snapshots", () => {
  it("show what committed before them, not what was in progress or came after", () => {
    const snapshot = parseSnapshot("100:105:101,103");
    expect(shows(snapshot, 99)).toBe(true);
    expect(shows(snapshot, 102)).toBe(true);
    expect(shows(snapshot, 101)).toBe(false);
    expect(shows(snapshot, 105)).toBe(false);
  });
});

describe("sharedRead", () => {
  it("shares one read among boards asking at once for a change it shows", async () => {
    const xid = await commitWrite();
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return ["row"];
    };
    const answers = await Promise.all(Array.from({ length: 10 }, () => sharedRead("probe:a", xid, load)));
    expect(answers.every((answer) => answer[0] === "row")).toBe(true);
    expect(loads).toBe(1);
  });

  it("reads again for a change committed after the shared read began", async () => {
    let loads = 0;
    const load = async () => ++loads;
    const first = await commitWrite();
    expect(await sharedRead("probe:b", first, load)).toBe(1);
    expect(await sharedRead("probe:b", first, load)).toBe(1);
    const later = await commitWrite();
    expect(await sharedRead("probe:b", later, load)).toBe(2);
  });
});
