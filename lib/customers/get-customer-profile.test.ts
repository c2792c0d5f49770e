import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createActor } from "@/tests/factories/actor-factory";
import { getCustomerProfile, PROFILE_EVENT_LIMIT } from "./get-customer-profile";

let admin: Actor;
beforeAll(async () => {
  admin = await createActor("admin");
});

let customerId = "";
let quietCustomerId = "";

beforeAll(async () => {
  const location = await db.location.create({
    data: { code: "UTR-H", name: "Hotel Utrecht", type: "hotel", city: "Utrecht" },
  });
  const customer = await db.customer.create({
    data: {
      firstName: "Anna",
      lastName: "de Vries",
      firstTouchChannel: "booking_com",
      identities: {
        create: [
          { type: "email", rawValue: "Anna@Example.nl", normalizedValue: "anna@example.nl", source: "test" },
          { type: "booking_ref", rawValue: "bk 1234", normalizedValue: "BK1234", source: "test" },
        ],
      },
    },
  });
  customerId = customer.id;
  const start = Date.parse("2025-01-01T09:00:00Z");
  await db.journeyEvent.createMany({
    data: Array.from({ length: PROFILE_EVENT_LIMIT + 5 }, (_, index) => ({
      customerId,
      type: index % 2 ? ("newsletter_sent" as const) : ("check_in" as const),
      channel: index % 2 ? ("email" as const) : ("in_person" as const),
      direction: index % 2 ? ("outbound" as const) : ("inbound" as const),
      occurredAt: new Date(start + index * 3_600_000),
      locationId: index % 2 ? null : location.id,
      source: "test",
      sourceEventId: `event-${index}`,
      summary: `Event ${index}`,
    })),
  });
  quietCustomerId = (await db.customer.create({ data: { firstName: "Quiet" } })).id;
});

describe("getCustomerProfile", () => {
  it("returns null for a malformed or unknown id instead of throwing", async () => {
    expect(await getCustomerProfile(admin, "not-a-uuid")).toBeNull();
    expect(await getCustomerProfile(admin, '\'; drop table "Customer"; --')).toBeNull();
    expect(await getCustomerProfile(admin, randomUUID())).toBeNull();
  });

  it("returns the customer with identities and the latest events, newest first", async () => {
    const profile = await getCustomerProfile(admin, customerId);
    expect(profile?.customer).toMatchObject({
      firstName: "Anna",
      lastName: "de Vries",
      firstTouchChannel: "booking_com",
    });
    expect(profile?.customer.firstSeenAt).toBeInstanceOf(Date);
    expect(profile?.identities.map((identity) => identity.type)).toEqual(["email", "booking_ref"]);
    expect(profile?.events).toHaveLength(PROFILE_EVENT_LIMIT);
    expect(profile?.hasMoreEvents).toBe(true);
    expect(profile?.events[0]).toMatchObject({
      summary: `Event ${PROFILE_EVENT_LIMIT + 4}`,
      direction: "inbound",
      locationName: "Hotel Utrecht",
    });
    expect(profile?.events[0]?.occurredAt).toBeInstanceOf(Date);
    expect(profile?.events[1]).toMatchObject({ direction: "outbound", locationName: null });
  });

  it("returns an empty timeline for a customer without events", async () => {
    const profile = await getCustomerProfile(admin, quietCustomerId);
    expect(profile?.events).toEqual([]);
    expect(profile?.identities).toEqual([]);
    expect(profile?.hasMoreEvents).toBe(false);
  });
});
