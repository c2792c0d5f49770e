// The live hub against the real database triggers (migration live_board_notifications): a change
// reaches only the streams of its location (and day), carries ids only, and a session that no longer
// counts ends its stream, whether a notification says so or the next push finds out.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "@/lib/auth/sign-in";
import {
  contactBadgeGeneration,
  recallContactBadges,
  rememberContactBadges,
} from "@/lib/contact-pressure/contact-badge-cache";
import { LiveHub, type LiveSubscriber } from "@/lib/live/live-hub";
import type { LiveChange, LiveEndReason } from "@/lib/live/live-types";
import { localDate } from "@/lib/time/local-date";
import { createBooking, createComplaint, createFact, createOrder } from "../../factories/board-factory";
import { createCustomer } from "../../factories/customer-factory";
import { createLocation, createStaff } from "../../factories/staff-factory";

const today = localDate("Europe/Amsterdam");
const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

let pool: pg.Pool;
let hub: LiveHub;
const ids = { hotel: "", otherHotel: "", store: "", receptionist: "", storeStaff: "" };

interface Watcher {
  subscriber: LiveSubscriber;
  changes: LiveChange[];
  ended: LiveEndReason[];
}

async function watch(
  board: "arrivals" | "pickups",
  locationId: string,
  staffId: string,
  day?: string,
): Promise<Watcher> {
  const sessionId = await startSession(staffId, 1, { ip: null, userAgent: "live-hub test" });
  const watcher: Watcher = { changes: [], ended: [], subscriber: undefined as unknown as LiveSubscriber };
  watcher.subscriber = {
    grant: { sessionId, action: board === "arrivals" ? "arrivals.view" : "pickups.view", locationId },
    userId: staffId,
    day,
    kinds: new Set(board === "arrivals" ? ["b", "c"] : ["o", "c"]),
    deadline: Date.now() + 60_000,
    send: (event, data) => {
      if (event === "change") watcher.changes.push(data as LiveChange);
    },
    close: (reason) => watcher.ended.push(reason),
  };
  hub.add(watcher.subscriber);
  return watcher;
}

async function until(check: () => boolean, what: string, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const pushedIds = (watcher: Watcher) => watcher.changes.flatMap((change) => change.ids ?? []);

async function guestAt(locationCode: string, arrivalDate = today) {
  const { id: customerId } = await createCustomer(pool, { firstName: "Live", lastName: "Guest" });
  const booking = await createBooking(pool, { customerId, locationCode, arrivalDate });
  return { customerId, bookingId: booking.id };
}

const checkIn = (bookingId: string) =>
  pool.query(`UPDATE "Booking" SET status = 'checked_in', "checkedInAt" = now() WHERE id = $1`, [bookingId]);

beforeAll(async () => {
  const url = process.env.DATABASE_URL!;
  pool = new pg.Pool({ connectionString: url, max: 2 });
  ids.hotel = await createLocation(url, "HTL-LIVE");
  ids.otherHotel = await createLocation(url, "HTL-ELSE");
  ids.store = await createLocation(url, "STR-LIVE", "store");
  ids.receptionist = (await createStaff(url, "receptionist", ["HTL-LIVE"])).id;
  ids.storeStaff = (await createStaff(url, "store_staff", ["STR-LIVE"])).id;
  hub = new LiveHub(url);
  await hub.listen();
});

afterAll(async () => {
  await hub.close();
  await pool.end();
});

describe("live hub", () => {
  it("pushes a check-in to its hotel's board for that day, as the booking's id and nothing else", async () => {
    const board = await watch("arrivals", ids.hotel, ids.receptionist, today);
    const guest = await guestAt("HTL-LIVE");
    await until(() => pushedIds(board).includes(guest.bookingId), "the new booking");
    board.changes.length = 0;

    await checkIn(guest.bookingId);
    await until(() => board.changes.length > 0, "the check-in");
    expect(board.changes[0]).toEqual({
      kind: "b",
      day: today,
      ids: [guest.bookingId],
      at: expect.any(Number),
    });
    hub.remove(board.subscriber);
  });

  it("pushes nothing of another hotel, of another day, or of orders to an arrivals board", async () => {
    const board = await watch("arrivals", ids.hotel, ids.receptionist, today);
    const elsewhere = await guestAt("HTL-ELSE");
    const later = await guestAt("HTL-LIVE", tomorrow);
    await createOrder(pool, {
      customerId: elsewhere.customerId,
      locationCode: "STR-LIVE",
      readyDate: today,
      lines: [{ productName: "Lamp", category: "lamps" }],
    });
    await checkIn(elsewhere.bookingId);
    await checkIn(later.bookingId);
    // A change this board does care about, written last: once it is here, the others had their chance.
    const marker = await guestAt("HTL-LIVE");
    await until(() => pushedIds(board).includes(marker.bookingId), "the marker booking");
    expect(pushedIds(board)).toEqual([marker.bookingId]);
    hub.remove(board.subscriber);
  });

  it("pushes a new complaint and a new fact to the boards of every location the customer has activity at", async () => {
    const arrivals = await watch("arrivals", ids.hotel, ids.receptionist, today);
    const pickups = await watch("pickups", ids.store, ids.storeStaff);
    const guest = await guestAt("HTL-LIVE");
    await createOrder(pool, {
      customerId: guest.customerId,
      locationCode: "STR-LIVE",
      readyDate: today,
      lines: [{ productName: "Lamp", category: "lamps" }],
    });
    await until(() => pickups.changes.length > 0, "the ready order");
    arrivals.changes.length = 0;
    pickups.changes.length = 0;

    await createComplaint(pool, { customerId: guest.customerId, reason: "Noise" });
    await createFact(pool, { customerId: guest.customerId, label: "Room preference", value: "Quiet" });
    const customerChanges = (watcher: Watcher) => watcher.changes.filter((change) => change.kind === "c");
    await until(
      () => customerChanges(arrivals).length === 2 && customerChanges(pickups).length === 2,
      "both",
    );
    for (const change of [...customerChanges(arrivals), ...customerChanges(pickups)])
      expect(change.ids).toEqual([guest.customerId]);
    hub.remove(arrivals.subscriber);
    hub.remove(pickups.subscriber);
  });

  it("drops a customer's remembered contact badges in this process when a complaint arrives, from whichever server", async () => {
    const guest = await guestAt("HTL-LIVE");
    const now = Date.now();
    rememberContactBadges(guest.customerId, 1, now, [], contactBadgeGeneration());
    expect(recallContactBadges(guest.customerId, 1, now)).toEqual([]);
    const board = await watch("arrivals", ids.hotel, ids.receptionist, today);
    await createComplaint(pool, { customerId: guest.customerId, reason: "Cold room" });
    await until(() => board.changes.some((change) => change.kind === "c"), "the complaint");
    expect(recallContactBadges(guest.customerId, 1, Date.now())).toBeUndefined();
    hub.remove(board.subscriber);
  });

  it("pushes a hand-over to the store's pickups board", async () => {
    const pickups = await watch("pickups", ids.store, ids.storeStaff);
    const { id: customerId } = await createCustomer(pool, { firstName: "Pick", lastName: "Up" });
    const order = await createOrder(pool, {
      customerId,
      locationCode: "STR-LIVE",
      readyDate: today,
      lines: [{ productName: "Lamp", category: "lamps" }],
    });
    await until(() => pushedIds(pickups).includes(order.id), "the ready order");
    pickups.changes.length = 0;
    await pool.query(`UPDATE "Order" SET "pickupStatus" = 'picked_up', "pickedUpAt" = now() WHERE id = $1`, [
      order.id,
    ]);
    await until(() => pushedIds(pickups).includes(order.id), "the hand-over");
    hub.remove(pickups.subscriber);
  });

  it("ends a stream at once when its session is signed out, even with nothing to push", async () => {
    const board = await watch("arrivals", ids.hotel, ids.receptionist, today);
    await pool.query(`UPDATE "StaffSession" SET "endedAt" = now() WHERE id = $1`, [
      board.subscriber.grant.sessionId,
    ]);
    await until(() => board.ended.length > 0, "the stream to end");
    expect(board.ended).toEqual(["session"]);
    expect(hub.size).toBe(0);
  });

  it("ends a stream when its staff member loses the location", async () => {
    const { id } = await createStaff(process.env.DATABASE_URL!, "receptionist", ["HTL-LIVE", "HTL-ELSE"]);
    const kept = await watch("arrivals", ids.otherHotel, id, today);
    const lost = await watch("arrivals", ids.hotel, id, today);
    await pool.query(`DELETE FROM "StaffLocation" WHERE "staffUserId" = $1 AND "locationId" = $2`, [
      id,
      ids.hotel,
    ]);
    await until(() => lost.ended.length > 0, "the stream of the lost hotel to end");
    expect(lost.ended).toEqual(["session"]);
    expect(kept.ended).toEqual([]);
    hub.remove(kept.subscriber);
  });

  it("checks the session before each push: an idle-expired session gets nothing and its stream ends", async () => {
    const board = await watch("arrivals", ids.hotel, ids.receptionist, today);
    // Idle expiry fires no notification (lastSeenAt only moves backwards in this test).
    await pool.query(`UPDATE "StaffSession" SET "lastSeenAt" = now() - interval '31 minutes' WHERE id = $1`, [
      board.subscriber.grant.sessionId,
    ]);
    const guest = await guestAt("HTL-LIVE");
    await until(() => board.ended.length > 0, "the stream to end");
    expect(board.changes).toEqual([]);
    expect(board.ended).toEqual(["session"]);
    expect(pushedIds(board)).not.toContain(guest.bookingId);
  });

  it("tells a reconnecting board what it missed, or that it must read the whole board", async () => {
    const before = Date.now();
    const guest = await guestAt("HTL-LIVE");
    const probe = await watch("arrivals", ids.hotel, ids.receptionist, today);
    await until(() => (hub.changesSince(probe.subscriber, before) ?? []).length > 0, "the change to be kept");
    hub.remove(probe.subscriber);
    const missed = hub.changesSince(probe.subscriber, before)!;
    expect(missed.flatMap((change) => change.ids)).toContain(guest.bookingId);
    // Before this hub listened, it cannot know.
    expect(hub.changesSince(probe.subscriber, 0)).toBeNull();
  });
});
