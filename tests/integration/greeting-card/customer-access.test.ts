// Location scoping, masking and auditing of customer reads, through the same lib functions the
// pages use.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { countProfileViewers } from "@/lib/audit-log/count-profile-viewers";
import { recordProfileView } from "@/lib/audit-log/record-profile-view";
import { getCustomerProfile } from "@/lib/greeting-card/get-customer-profile";
import { listCustomers } from "@/lib/customers/list-customers";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/auth/permissions";
import { createCustomer } from "../../factories/customer-factory";
import { createLocation, createStaff } from "../../factories/staff-factory";

const url = process.env.DATABASE_URL!;
const pool = new pg.Pool({ connectionString: url, max: 2 });
let hotelA = "";
let hotelB = "";
let customerAtB = "";
let customerAtA = "";

async function actor(role: Role, locationIds: string[]): Promise<Actor> {
  const staff = await createStaff(url, role);
  if (locationIds.length) {
    await db.staffLocation.createMany({
      data: locationIds.map((locationId) => ({ staffUserId: staff.id, locationId })),
    });
  }
  return {
    id: staff.id,
    email: staff.email,
    name: role,
    role,
    locationIds,
    sessionId: crypto.randomUUID(),
    ip: "127.0.0.1",
    userAgent: "vitest",
  };
}

beforeAll(async () => {
  hotelA = await createLocation(url, "HTL-AAA");
  hotelB = await createLocation(url, "HTL-BBB");
  const seen = (code: string) => [
    {
      type: "check_in",
      channel: "in_person",
      direction: "inbound" as const,
      occurredAt: new Date(),
      summary: "Checked in",
      locationCode: code,
    },
  ];
  customerAtA = (
    await createCustomer(pool, {
      firstName: "Anouk",
      lastName: "Smulders",
      identities: [
        { type: "email", value: "anouk.smulders@example.nl" },
        { type: "phone", value: "06-11223344" },
      ],
      events: seen("HTL-AAA"),
    })
  ).id;
  customerAtB = (
    await createCustomer(pool, {
      firstName: "Bart",
      lastName: "Smulders",
      identities: [{ type: "email", value: "bart.smulders@example.nl" }],
      events: seen("HTL-BBB"),
    })
  ).id;
});
afterAll(() => pool.end());

describe("location scoping", () => {
  it("gives a receptionist of hotel A nothing (404) for a customer seen only at hotel B", async () => {
    const receptionist = await actor("receptionist", [hotelA]);
    expect(await getCustomerProfile(receptionist, customerAtB)).toBeNull();
    expect(await getCustomerProfile(receptionist, customerAtA)).not.toBeNull();
  });

  it("keeps out-of-scope customers out of search results", async () => {
    const receptionist = await actor("receptionist", [hotelA]);
    const page = await listCustomers(receptionist, { q: "smulders" });
    expect(page.rows.map((row) => row.id)).toEqual([customerAtA]);
  });

  it("lets an admin see every location", async () => {
    const admin = await actor("admin", []);
    const page = await listCustomers(admin, { q: "smulders" });
    expect(page.rows.map((row) => row.id).sort()).toEqual([customerAtA, customerAtB].sort());
    expect(await getCustomerProfile(admin, customerAtB)).not.toBeNull();
  });

  it("lets a manager see their own locations only", async () => {
    const manager = await actor("manager", [hotelB]);
    expect(await getCustomerProfile(manager, customerAtA)).toBeNull();
    expect(await getCustomerProfile(manager, customerAtB)).not.toBeNull();
  });
});

describe("masking", () => {
  it("masks email and phone for interns, on the server", async () => {
    const intern = await actor("intern", [hotelA]);
    const profile = await getCustomerProfile(intern, customerAtA);
    const serialized = JSON.stringify(profile);
    expect(serialized).not.toContain("anouk.smulders@example.nl");
    expect(serialized).not.toContain("11223344");
    expect(serialized).toContain("a***@e***.nl");
    expect(serialized).toContain("+31 6 ** ** ** 44");
    const list = JSON.stringify(await listCustomers(intern, { q: "anouk" }));
    expect(list).not.toContain("anouk.smulders@example.nl");
  });

  it("shows full contact details to a receptionist", async () => {
    const receptionist = await actor("receptionist", [hotelA]);
    expect(JSON.stringify(await getCustomerProfile(receptionist, customerAtA))).toContain(
      "anouk.smulders@example.nl",
    );
  });
});

/** What the profile page does for a person who opens it: read the card, then record the view. */
async function openProfile(actor: Actor, customerId: string) {
  const profile = await getCustomerProfile(actor, customerId);
  await recordProfileView({ actor, customerId });
  return profile;
}

const views = (actorId: string, customerId?: string) =>
  db.auditEntry.count({ where: { actorId, action: "customer.view", ...(customerId ? { customerId } : {}) } });

describe("audit", () => {
  it("writes exactly one entry per profile view, and one per search", async () => {
    const receptionist = await actor("receptionist", [hotelA]);
    await openProfile(receptionist, customerAtA);
    expect(await views(receptionist.id, customerAtA)).toBe(1);
    await listCustomers(receptionist, { q: "anouk" });
    expect(
      await db.auditEntry.count({ where: { actorId: receptionist.id, action: "customer.search" } }),
    ).toBe(1);
  });

  it("reads for a title or a prefetch write nothing; a reload within the minute adds nothing", async () => {
    const receptionist = await actor("receptionist", [hotelA]);
    await getCustomerProfile(receptionist, customerAtA);
    expect(await views(receptionist.id)).toBe(0);
    expect(await recordProfileView({ actor: receptionist, customerId: customerAtA })).toBe(true);
    expect(await recordProfileView({ actor: receptionist, customerId: customerAtA })).toBe(false);
    expect(await views(receptionist.id)).toBe(1);
  });

  it("records a view again once the minute has passed", async () => {
    const receptionist = await actor("receptionist", [hotelA]);
    // A view of 61 seconds ago, written as it was then (entries are append-only, so no clock moves).
    await pool.query(
      `INSERT INTO "AuditEntry" (id, "occurredAt", "actorId", "actorEmail", action, "customerId")
       VALUES (gen_random_uuid(), now() - interval '61 seconds', $1, $2, 'customer.view', $3)`,
      [receptionist.id, receptionist.email, customerAtA],
    );
    expect(await recordProfileView({ actor: receptionist, customerId: customerAtA })).toBe(true);
    expect(await views(receptionist.id, customerAtA)).toBe(2);
  });

  it("does not record a view of a customer the actor may not see", async () => {
    const receptionist = await actor("receptionist", [hotelA]);
    expect(await openProfile(receptionist, customerAtB)).toBeNull();
    expect(await recordProfileView({ actor: receptionist, customerId: customerAtB })).toBe(false);
    expect(await views(receptionist.id)).toBe(0);
  });
});

describe("viewed by colleagues", () => {
  it("tells a manager how many other colleagues opened the profile in 30 days, and nobody else", async () => {
    const manager = await actor("manager", [hotelA]);
    const before = await countProfileViewers(manager, customerAtA);
    const colleagues = [await actor("receptionist", [hotelA]), await actor("intern", [hotelA])];
    for (const colleague of colleagues) {
      await openProfile(colleague, customerAtA);
      await openProfile(colleague, customerAtA);
    }
    await openProfile(manager, customerAtA);
    expect(await countProfileViewers(manager, customerAtA)).toBe((before ?? 0) + 2);
    expect(await countProfileViewers(colleagues[0]!, customerAtA)).toBeNull();
  });
});
