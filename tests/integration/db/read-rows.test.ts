// lib/db/read-rows.ts must hand back what db.$queryRaw would for the columns the hot reads use.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { PREPARED } from "@/lib/db/prepared-statements";

const statement = (at: Date) => Prisma.sql`${PREPARED}
  SELECT ${at}::timestamp AS "at", (${at}::timestamp + interval '1.234567 second') AS "later",
    NULL::timestamp AS "never", 'hotel'::"LocationType" AS kind, 'x'::text AS word, 7::int AS seven,
    true AS yes, json_build_object('a', 1, 'when', ${at}::timestamp) AS doc,
    ARRAY['a', 'b']::text[] AS words, 12345678901::bigint AS big, count(*) OVER () AS counted,
    '2026-03-29'::date AS day, gen_random_uuid()::text AS id`;

describe("readRows", () => {
  it("returns the rows db.$queryRaw returns, timestamps read as UTC", async () => {
    const at = new Date("2026-03-29T01:30:00.125Z");
    const [fast] = await readRows<Record<string, unknown>>(statement(at));
    const [prisma] = await db.$queryRaw<Record<string, unknown>[]>(statement(at));
    const { id: fastId, ...fastRest } = fast!;
    const { id: prismaId, ...prismaRest } = prisma!;
    expect(fastRest).toEqual(prismaRest);
    expect(typeof fastId).toBe(typeof prismaId);
    expect(fast!.at).toEqual(at);
    expect((fast!.later as Date).toISOString()).toBe("2026-03-29T01:30:01.359Z");
    expect(fast!.never).toBeNull();
    expect(fast!.big).toBe(12345678901n);
    expect((fast!.day as Date).toISOString()).toBe("2026-03-29T00:00:00.000Z");
  });

  it("runs inside the given transaction", async () => {
    const seen = await db.$transaction(async (tx) => {
      await tx.$executeRaw`CREATE TEMP TABLE only_here (n int) ON COMMIT DROP`;
      await tx.$executeRaw`INSERT INTO only_here VALUES (41)`;
      return readRows<{ n: number }>(Prisma.sql`SELECT n + 1 AS n FROM only_here`, tx);
    });
    expect(seen).toEqual([{ n: 42 }]);
  });
});
