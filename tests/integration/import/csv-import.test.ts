// The CSV import through its real route handlers: a streamed request body, NDJSON back, rows stored
// through the same ingest pipeline as the public API.
import { randomUUID } from "node:crypto";
import { passedSecondFactor } from "../../factories/actor-factory";
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentActor } from "@/lib/auth/current-actor";
import { importLineSchema, type ImportLine } from "@/lib/validation/import";
import { createLocation, createStaff } from "../../factories/staff-factory";

let actor: CurrentActor | null = null;
const actorOf = async (role: "admin" | "manager"): Promise<CurrentActor> => {
  const { id, email } = await createStaff(url, role, role === "admin" ? [] : ["HTL-CSV"]);
  return {
    id,
    email,
    name: `Test ${role}`,
    role,
    locationIds: [],
    locale: "nl",
    sessionId: randomUUID(),
    mustChangePassword: false,
    secondFactor: passedSecondFactor(),
    ip: "127.0.0.1",
    userAgent: "vitest",
  };
};
let admin: CurrentActor;
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => actor }));

const url = process.env.DATABASE_URL!;
const { POST: importEvents } = await import("@/app/api/admin/import/events/route");
const { POST: importCustomers } = await import("@/app/api/admin/import/customers/route");

const client = new pg.Client({ connectionString: url });
beforeAll(async () => {
  await client.connect();
  await createLocation(url, "HTL-CSV");
  actor = admin = await actorOf("admin");
});
afterAll(() => client.end());

/** The file in small chunks, so rows and multi-byte characters straddle chunk boundaries. */
function streamOf(text: string): ReadableStream<Uint8Array<ArrayBuffer>> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, (offset += 997)));
    },
  });
}

type Handler = typeof importEvents;
async function upload(handler: Handler, path: string, csv: string) {
  const request = new NextRequest(new URL(path, "http://localhost"), {
    method: "POST",
    body: streamOf(csv),
    duplex: "half",
  });
  const response = await handler(request, { params: Promise.resolve({}) });
  const text = await response.text();
  if (response.status !== 200) return { status: response.status, error: text, lines: [] as ImportLine[] };
  const lines = text
    .trim()
    .split("\n")
    .map((l) => importLineSchema.parse(JSON.parse(l)));
  return { status: response.status, error: "", lines };
}
const summaryOf = (lines: ImportLine[]) => lines.find((l) => l.type === "summary");
const count = async (sql: string, params: unknown[]) =>
  Number((await client.query<{ n: string }>(sql, params)).rows[0]!.n);

const HEADER = "source_event_id,type,channel,direction,occurred_at,email,first_name,location_code,summary";
function eventsCsv(run: string, rows: number): string {
  const lines = [HEADER];
  for (let i = 1; i <= rows; i++) {
    lines.push(
      `${run}-${i},page_view,web,inbound,2026-11-20T10:00:00+01:00,guest${i % 50}.${run}@gastvrij-test.nl,Zoë,HTL-CSV,"Visited, ""spa"" page"`,
    );
  }
  // Rows 1203–1205 of the file: a bad channel, a row without any identifier, a short row.
  lines.push(`${run}-bad-1,page_view,fax,inbound,2026-11-20T10:00:00Z,bad.${run}@gastvrij-test.nl,,,`);
  lines.push(`${run}-bad-2,complaint,email,inbound,2026-11-20T10:00:00Z,,Anon,,`);
  lines.push(`${run}-bad-3,page_view,web`);
  return `${lines.join("\r\n")}\r\n`;
}

describe("POST /api/admin/import/events", () => {
  const run = `csv-${randomUUID().slice(0, 8)}`;
  const csv = eventsCsv(run, 1201);

  it("stores good rows, reports bad rows with row number and column, then reports duplicates on a re-import", async () => {
    const first = await upload(importEvents, "/api/admin/import/events?source=csv-test", csv);
    expect(first.status).toBe(200);
    expect(summaryOf(first.lines)).toMatchObject({
      status: "completed",
      rows: 1204,
      accepted: 1201,
      duplicates: 0,
      rejected: 3,
      bytes: new TextEncoder().encode(csv).length,
    });
    expect(first.lines.filter((l) => l.type === "progress").length).toBeGreaterThanOrEqual(3);
    const issues = first.lines.filter((l) => l.type === "issue");
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 1203, column: "channel" }),
        expect.objectContaining({
          row: 1204,
          column: expect.stringContaining("email"),
          message: expect.stringMatching(/no usable identifier/),
        }),
        { type: "issue", row: 1205, column: "(row)", message: "has 3 values but the header has 9 columns" },
      ]),
    );
    expect(
      await count(
        `SELECT count(*) n FROM "JourneyEvent" WHERE source = 'csv-test' AND "sourceEventId" LIKE $1`,
        [`${run}-%`],
      ),
    ).toBe(1201);
    expect(
      await count(
        `SELECT count(*) n FROM "JourneyEvent" WHERE summary = 'Visited, "spa" page' AND "sourceEventId" LIKE $1`,
        [`${run}-%`],
      ),
    ).toBe(1201);
    expect(await count(`SELECT count(*) n FROM "Customer" WHERE "firstName" = 'Zoë'`, [])).toBe(50);

    const again = await upload(importEvents, "/api/admin/import/events?source=csv-test", csv);
    expect(summaryOf(again.lines)).toMatchObject({
      status: "completed",
      accepted: 0,
      duplicates: 1201,
      rejected: 3,
    });
    expect(
      await count(`SELECT count(*) n FROM "JourneyEvent" WHERE "sourceEventId" LIKE $1`, [`${run}-%`]),
    ).toBe(1201);
  });

  it("answers 400 naming the problem for an empty file, a missing column and a binary file", async () => {
    expect(await upload(importEvents, "/api/admin/import/events", "")).toMatchObject({
      status: 400,
      error: expect.stringContaining("The file is empty"),
    });
    const missing = await upload(
      importEvents,
      "/api/admin/import/events",
      "source_event_id,type,email\nx,page_view,a@b.nl\n",
    );
    expect(missing).toMatchObject({
      status: 400,
      error: expect.stringMatching(/missing required columns channel, direction, occurred_at/),
    });
    expect(await upload(importEvents, "/api/admin/import/events", `${HEADER}\n`)).toMatchObject({
      status: 400,
      error: expect.stringContaining("no data rows"),
    });
    const binary = await upload(
      importEvents,
      "/api/admin/import/events",
      "PK\u0003\u0004\u0000\u0000[Content_Types].xml",
    );
    expect(binary).toMatchObject({ status: 400, error: expect.stringContaining("not a CSV file") });
    expect(await upload(importEvents, "/api/admin/import/events?source=Not%20Valid!", csv)).toMatchObject({
      status: 400,
    });
  });

  it("refuses anonymous callers and non-admins", async () => {
    actor = null;
    expect((await upload(importEvents, "/api/admin/import/events", csv)).status).toBe(401);
    actor = await actorOf("manager");
    const denied = await upload(importEvents, "/api/admin/import/events", csv);
    actor = admin;
    expect(denied.status).toBe(403);
  });
});

describe("a million-row file", () => {
  it("is read as the import goes, not buffered: after the first batch only a little of it has been read", async () => {
    const encoder = new TextEncoder();
    let row = 0;
    let pulledBytes = 0;
    const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
      pull(controller) {
        if (row >= 1_000_000) return controller.close();
        const chunk = row === 0 ? [`${HEADER}`] : [];
        for (let end = row + 100; row < end; row++)
          chunk.push(
            `big-${row},page_view,web,inbound,2026-11-20T10:00:00Z,big${row % 7}@gastvrij-test.nl,,,`,
          );
        const bytes = encoder.encode(`${chunk.join("\n")}\n`);
        pulledBytes += bytes.length;
        controller.enqueue(bytes);
      },
    });
    const request = new NextRequest(new URL("/api/admin/import/events?source=csv-big", "http://localhost"), {
      method: "POST",
      body,
      duplex: "half",
    });
    const response = await importEvents(request, { params: Promise.resolve({}) });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const first = importLineSchema.parse(JSON.parse((await reader.read()).value!.split("\n")[0]!));
    expect(first).toMatchObject({ type: "progress", rows: 500, accepted: 500 });
    // The whole file is about 80 MB; a stream holds a few chunks ahead of the parser.
    expect(pulledBytes).toBeLessThan(2_000_000);
    await reader.cancel();
    const afterCancel = pulledBytes;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pulledBytes - afterCancel).toBeLessThan(500_000);
    // The response stream pulls one batch ahead; that batch commits whole, nothing after it starts.
    expect(
      await count(`SELECT count(*) n FROM "JourneyEvent" WHERE source = 'csv-big'`, []),
    ).toBeLessThanOrEqual(1000);
  });
});

describe("a cut-off upload", () => {
  it("ends in a failed summary and does not store the partial last row", async () => {
    const run = `cut-${randomUUID().slice(0, 8)}`;
    const csv = eventsCsv(run, 700).split("\r\n").slice(0, 701).join("\r\n").slice(0, -40);
    const declared = new TextEncoder().encode(csv).length + 5_000;
    const request = new NextRequest(new URL("/api/admin/import/events?source=csv-cut", "http://localhost"), {
      method: "POST",
      headers: { "content-length": String(declared) },
      body: streamOf(csv),
      duplex: "half",
    });
    const text = await (await importEvents(request, { params: Promise.resolve({}) })).text();
    const summary = summaryOf(
      text
        .trim()
        .split("\n")
        .map((l) => importLineSchema.parse(JSON.parse(l))),
    );
    expect(summary).toMatchObject({
      status: "failed",
      accepted: 500,
      error: expect.stringMatching(/bytes arrived, so the import stopped after row 501/),
    });
    expect(
      await count(`SELECT count(*) n FROM "JourneyEvent" WHERE "sourceEventId" LIKE $1`, [`${run}-%`]),
    ).toBe(500);
  });
});

describe("POST /api/admin/import/customers", () => {
  it("reads a semicolon-separated export with a byte-order mark, as Excel writes it", async () => {
    const run = randomUUID().slice(0, 8);
    const csv = `\uFEFFEmail;First Name;Last Name\ncees.${run}@gastvrij-test.nl;Cees;Smit-${run}\n`;
    const result = await upload(importCustomers, "/api/admin/import/customers", csv);
    expect(summaryOf(result.lines)).toMatchObject({ status: "completed", rows: 1, accepted: 1 });
    expect(await count(`SELECT count(*) n FROM "Customer" WHERE "lastName" = $1`, [`Smit-${run}`])).toBe(1);
  });

  it("upserts customers by identifier: a re-import creates no new customers", async () => {
    const run = randomUUID().slice(0, 8);
    const csv = [
      "email,first_name,last_name,country",
      `ann.${run}@gastvrij-test.nl,Ann,Visser,NL`,
      `bob.${run}@gastvrij-test.nl,Bob,Bakker,Netherlands`,
      "",
    ].join("\n");
    const first = await upload(importCustomers, "/api/admin/import/customers", csv);
    expect(summaryOf(first.lines)).toMatchObject({ status: "completed", rows: 2, accepted: 1, rejected: 1 });
    expect(first.lines).toContainEqual(expect.objectContaining({ type: "issue", row: 3, column: "country" }));
    const customers = `SELECT count(*) n FROM "Customer" WHERE "lastName" IN ('Visser', 'Bakker')`;
    expect(await count(customers, [])).toBe(1);
    await upload(importCustomers, "/api/admin/import/customers", csv);
    expect(await count(customers, [])).toBe(1);
  });
});
