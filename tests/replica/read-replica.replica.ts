// Heavy reads against a real streaming replica (npm run test:replica; the clusters come from
// replica-setup.ts). Replay on the standby is paused, so the replica is deterministically behind:
// a read that shows the old state came from the replica, one that shows the write from the primary.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentActor } from "@/lib/auth/current-actor";

const cookieJar = new Map<string, { value: string; maxAge?: number }>();
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => cookieJar.get(name),
    set: (name: string, value: string, options: { maxAge?: number }) =>
      cookieJar.set(name, { value, maxAge: options.maxAge }),
  }),
}));
let currentActor: CurrentActor | null = null;
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => currentActor }));

const { listArrivals } = await import("@/lib/arrivals/list-arrivals");
const { listTimelineEvents } = await import("@/lib/timeline/list-timeline-events");
const { searchCustomers } = await import("@/lib/search/search-customers");
const { getPolicyViolations } = await import("@/lib/insights/get-policy-violations");
const { STICKY_PRIMARY_COOKIE } = await import("@/lib/db/read-routing");
const { closeDb } = await import("@/lib/db/client");
const { checkInAction } = await import("@/components/arrivals/check-in-actions");
const { localDate } = await import("@/lib/time/local-date");
const { createActor, passedSecondFactor } = await import("../factories/actor-factory");
const { createBooking } = await import("../factories/board-factory");
const { createCustomer } = await import("../factories/customer-factory");
const { createLocation } = await import("../factories/staff-factory");

const today = localDate("Europe/Amsterdam");
let primary: pg.Pool;
let standby: pg.Pool;
let receptionist: CurrentActor;

async function caughtUp(): Promise<void> {
  const [{ lsn }] = (await primary.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn"))
    .rows as [{ lsn: string }];
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { rows } = await standby.query<{ ok: boolean }>(
      "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok",
      [lsn],
    );
    if (rows[0]?.ok) return;
    if (Date.now() > deadline) throw new Error("the standby did not catch up");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const pauseReplay = () => standby.query("SELECT pg_wal_replay_pause()");
const resumeReplay = () => standby.query("SELECT pg_wal_replay_resume()");
const stickyCookie = () => cookieJar.get(STICKY_PRIMARY_COOKIE);
/** A surname no other test uses, in letters only (digits would make it a booking reference). */
const uniqueName = (stem: string) =>
  stem +
  [...randomUUID().replace(/-/g, "").slice(0, 6)]
    .map((c) => String.fromCharCode(97 + (parseInt(c, 16) % 26)))
    .join("");

async function guestArrivingToday(lastName: string) {
  const { id: customerId } = await createCustomer(primary, { firstName: "Rosa", lastName });
  const booking = await createBooking(primary, { customerId, locationCode: "HTL-REP", arrivalDate: today });
  return { customerId, bookingId: booking.id };
}
const statusOn = async (bookingId: string, options: { bookingIds?: string[] } = {}) =>
  (await listArrivals(receptionist, { location: "HTL-REP", date: today }, options)).board.rows.find(
    (row) => row.bookingId === bookingId,
  )?.status;

beforeAll(async () => {
  primary = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  standby = new pg.Pool({ connectionString: process.env.DATABASE_READ_URL, max: 2 });
  const hotel = await createLocation(process.env.DATABASE_URL!, "HTL-REP");
  receptionist = {
    ...(await createActor("receptionist", [hotel])),
    mustChangePassword: false,
    locale: "nl",
    secondFactor: passedSecondFactor(),
  };
  currentActor = receptionist;
});

afterAll(async () => {
  await resumeReplay().catch(() => undefined);
  await closeDb();
  await primary.end();
  await standby.end();
});

describe("a real streaming replica", () => {
  it("is a hot standby replaying the primary's WAL", async () => {
    expect((await standby.query("SELECT pg_is_in_recovery() AS r")).rows[0].r).toBe(true);
    const { rows } = await primary.query("SELECT state FROM pg_stat_replication");
    expect(rows).toEqual([{ state: "streaming" }]);
  });
});

describe("heavy reads", () => {
  it("read the board from the replica, but a live push's rows and a browser that just wrote from the primary", async () => {
    const guest = await guestArrivingToday(`Replica-${randomUUID().slice(0, 6)}`);
    await caughtUp();
    await pauseReplay();
    try {
      cookieJar.clear();
      // The check-in goes through the staff action, as at the desk: it marks this browser.
      const result = await checkInAction({ bookingId: guest.bookingId });
      expect(result.ok).toBe(true);
      expect(stickyCookie()).toMatchObject({ maxAge: 10 });

      // Another desk (no cookie) reads the board from the replica, which has not replayed it yet …
      const sticky = stickyCookie()!;
      cookieJar.clear();
      expect(await statusOn(guest.bookingId)).toBe("confirmed");
      // … unless it reads the rows a live push named: those come from the primary.
      expect(await statusOn(guest.bookingId, { bookingIds: [guest.bookingId] })).toBe("checked_in");
      // The desk that checked in reads its board from the primary for the sticky window.
      cookieJar.set(STICKY_PRIMARY_COOKIE, sticky);
      expect(await statusOn(guest.bookingId)).toBe("checked_in");
      // An expired window is the replica again.
      cookieJar.set(STICKY_PRIMARY_COOKIE, { value: String(Date.now() - 1) });
      expect(await statusOn(guest.bookingId)).toBe("confirmed");
    } finally {
      await resumeReplay();
    }
    cookieJar.clear();
    await caughtUp();
    expect(await statusOn(guest.bookingId)).toBe("checked_in");
  });

  it("show the card's timeline with the note just logged, to the one who logged it", async () => {
    const guest = await guestArrivingToday(`Note-${randomUUID().slice(0, 6)}`);
    await caughtUp();
    await pauseReplay();
    try {
      cookieJar.clear();
      const { POST } = await import("@/app/api/customers/[id]/journal/route");
      const response = await POST(
        new NextRequest(new URL(`/api/customers/${guest.customerId}/journal`, "http://localhost"), {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ kind: "note", clientId: randomUUID(), text: "Prefers the quiet side" }),
        }),
        { params: Promise.resolve({ id: guest.customerId }) },
      );
      expect(response.status).toBe(201);
      const sticky = stickyCookie();
      expect(sticky).toBeDefined();
      const summaries = async () =>
        (await listTimelineEvents(receptionist, guest.customerId)).events.map((event) => event.summary);
      expect(await summaries()).toContain("Prefers the quiet side");
      cookieJar.clear();
      expect(await summaries()).not.toContain("Prefers the quiet side");
    } finally {
      await resumeReplay();
    }
  });

  it("search on the replica and audit on the primary; insights run there too", async () => {
    const lastName = uniqueName("Zoekbaar");
    await guestArrivingToday(lastName);
    await caughtUp();
    const audits = async () =>
      Number(
        (await primary.query(`SELECT count(*) AS n FROM "AuditEntry" WHERE action = 'customer.search'`))
          .rows[0].n,
      );
    const before = await audits();
    cookieJar.clear();
    const found = await searchCustomers(receptionist, { q: lastName });
    expect(found.hits.map((hit) => hit.lastName)).toEqual([lastName]);
    expect(await audits()).toBe(before + 1);

    await pauseReplay();
    try {
      const later = uniqueName("Nieuwer");
      await guestArrivingToday(later);
      expect((await searchCustomers(receptionist, { q: later })).hits).toEqual([]);
      expect(await audits()).toBe(before + 2);
    } finally {
      await resumeReplay();
    }
    const manager = { ...receptionist, role: "manager" as const };
    await expect(getPolicyViolations(manager)).resolves.toMatchObject({ since: expect.any(Date) });
  });

  it("fall back to the primary when the replica is down", async () => {
    const guest = await guestArrivingToday(`Down-${randomUUID().slice(0, 6)}`);
    await primary.query(`UPDATE "Booking" SET status = 'checked_in', "checkedInAt" = now() WHERE id = $1`, [
      guest.bookingId,
    ]);
    // The standby stops (pg_ctl as the cluster's owner: postgres when the test runs as root).
    const { execFileSync } = await import("node:child_process");
    const pgCtl = [`${process.env.GASTVRIJ_PG_BIN}/pg_ctl`, "-D", process.env.GASTVRIJ_REPLICA_STANDBY_DIR!];
    const stop = [...pgCtl, "-m", "fast", "-w", "stop"];
    await standby.end();
    if (process.getuid?.() === 0) execFileSync("runuser", ["-u", "postgres", "--", ...stop]);
    else execFileSync(stop[0]!, stop.slice(1));
    cookieJar.clear();
    expect(await statusOn(guest.bookingId)).toBe("checked_in");
    standby = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  });
});
