// A user on an admin-issued temporary password may change it and nothing else: pages redirect
// (guards), and the route and action wrappers refuse with 403 before any data is touched.
import type { SecondFactorState } from "@/lib/auth/second-factor-state";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createActor, passedSecondFactor } from "../../factories/actor-factory";
import { createBooking } from "../../factories/board-factory";
import { createCustomer } from "../../factories/customer-factory";
import { createLocation } from "../../factories/staff-factory";

const session = {
  actor: null as (Actor & { mustChangePassword: boolean; secondFactor: SecondFactorState }) | null,
};
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const { checkInAction } = await import("@/components/arrivals/check-in-actions");
const { changePasswordAction } = await import("@/components/auth/password-actions");

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
let bookingId = "";

beforeAll(async () => {
  await client.connect();
  const hotel = await createLocation(process.env.DATABASE_URL!, "HTL-TMP", "hotel");
  const { id: customerId } = await createCustomer(client, { firstName: "Tijdelijk", lastName: "Wachtwoord" });
  ({ id: bookingId } = await createBooking(client, {
    customerId,
    locationCode: "HTL-TMP",
    arrivalDate: new Date().toISOString().slice(0, 10),
  }));
  session.actor = {
    ...(await createActor("receptionist", [hotel])),
    mustChangePassword: true,
    secondFactor: passedSecondFactor(),
  };
});
afterAll(() => client.end());

describe("a user who must change their password first", () => {
  it("is refused a server action with 403, and the booking stays as it was", async () => {
    const result = await checkInAction({ bookingId });
    expect(result).toMatchObject({ ok: false, status: 403 });
    expect(!result.ok && result.error).toBe(
      "Kies eerst een nieuw wachtwoord: je huidige wachtwoord is tijdelijk.",
    );
    const { rows } = await client.query(`SELECT status FROM "Booking" WHERE id = $1`, [bookingId]);
    expect(rows[0]?.status).toBe("confirmed");
  });

  it("may still use the password change", async () => {
    const result = await changePasswordAction({ currentPassword: "", newPassword: "" });
    // Refused for its input, not for the temporary password.
    expect(result).toMatchObject({ ok: false, status: 400 });
  });
});
