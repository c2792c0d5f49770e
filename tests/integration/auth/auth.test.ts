import { beforeAll, describe, expect, it } from "vitest";
import { loadSessionActor } from "@/lib/auth/load-session-actor";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { resetStaffPassword, setStaffUserDisabled } from "@/lib/users/manage-staff-users";
import { createLocation, createStaff, TEST_PASSWORD } from "../../factories/staff-factory";

const url = process.env.DATABASE_URL!;
const info = { ip: "203.0.113.7", userAgent: "vitest" };
let admin: NonNullable<Awaited<ReturnType<typeof loadSessionActor>>>;

async function signIn(email: string, password = TEST_PASSWORD, ip = info.ip) {
  return signInWithPassword({ email, password }, { ip, userAgent: "vitest" });
}

beforeAll(async () => {
  await createLocation(url, "HTL-TST");
  const adminUser = await createStaff(url, "admin");
  const session = await signIn(adminUser.email);
  admin = (await loadSessionActor(session!.sessionId, info))!;
});

describe("password sign-in", () => {
  it("signs in with the right password and records the success", async () => {
    const user = await createStaff(url, "receptionist", ["HTL-TST"]);
    const result = await signIn(user.email);
    expect(result?.id).toBe(user.id);
    const actor = await loadSessionActor(result!.sessionId, info);
    expect(actor).toMatchObject({ id: user.id, role: "receptionist" });
    expect(actor!.locationIds).toHaveLength(1);
    expect(await db.auditEntry.count({ where: { actorId: user.id, action: "auth.signIn.success" } })).toBe(1);
  });

  it("gives the same answer for an unknown account and a wrong password, and audits both", async () => {
    const user = await createStaff(url, "intern");
    expect(await signIn(user.email, "not-the-password-at-all", "198.51.100.1")).toBeNull();
    expect(await signIn("nobody@test.gastvrij.nl", TEST_PASSWORD, "198.51.100.2")).toBeNull();
    const failures = await db.auditEntry.findMany({
      where: { action: "auth.signIn.failure", actorEmail: { in: [user.email, "nobody@test.gastvrij.nl"] } },
    });
    expect(failures).toHaveLength(2);
  });

  it("locks an account after 5 failures: the 6th attempt fails even with the right password", async () => {
    const user = await createStaff(url, "store_staff");
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await signIn(user.email, `wrong-password-${attempt}`, `192.0.2.${attempt}`)).toBeNull();
    }
    expect(await signIn(user.email, TEST_PASSWORD, "192.0.2.99")).toBeNull();
    const throttle = await db.signInThrottle.findUnique({ where: { key: `account:${user.email}` } });
    expect(throttle?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    // Exponential: every attempt counts, the refused 6th too, so the 7th (a failure) locks 30 s × 2².
    await db.signInThrottle.update({
      where: { key: `account:${user.email}` },
      data: { lockedUntil: new Date(0) },
    });
    await signIn(user.email, "wrong-again-123", "192.0.2.100");
    const after = await db.signInThrottle.findUnique({ where: { key: `account:${user.email}` } });
    const seconds = (after!.lockedUntil!.getTime() - after!.lastFailureAt.getTime()) / 1000;
    expect(seconds).toBe(120);
  });

  it("reserves each attempt before the password check: 30 parallel guesses check at most 5 passwords", async () => {
    const user = await createStaff(url, "receptionist");
    const guesses = Array.from({ length: 30 }, (_, n) =>
      signIn(user.email, `wrong-guess-${n}`, `198.18.0.${n}`),
    );
    expect(await Promise.all(guesses)).toEqual(Array(30).fill(null));
    const reasons = await db.auditEntry.groupBy({
      by: ["reason"],
      where: { action: "auth.signIn.failure", actorEmail: user.email },
      _count: true,
    });
    const checked = reasons.find((row) => row.reason === "wrong password")?._count ?? 0;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(5);
    expect(reasons.find((row) => row.reason === "throttled")?._count).toBe(30 - checked);
    expect(await signIn(user.email, TEST_PASSWORD, "198.18.1.1")).toBeNull();
    const throttle = await db.signInThrottle.findUnique({ where: { key: `account:${user.email}` } });
    expect(throttle?.failures).toBe(31);
    expect(throttle?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  it("lets an office sign in many times from one address without locking it", async () => {
    const users = await Promise.all(Array.from({ length: 7 }, () => createStaff(url, "intern")));
    for (const user of users) expect(await signIn(user.email, TEST_PASSWORD, "198.18.2.1")).not.toBeNull();
  });

  it("throttles per IP across accounts", async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(`ghost${attempt}@test.gastvrij.nl`, "whatever-password", "233.252.0.1");
    }
    const user = await createStaff(url, "intern");
    expect(await signIn(user.email, TEST_PASSWORD, "233.252.0.1")).toBeNull();
    expect(await signIn(user.email, TEST_PASSWORD, "233.252.0.2")).not.toBeNull();
  });
});

describe("sessions", () => {
  it("end at the next request after the user is disabled", async () => {
    const user = await createStaff(url, "receptionist");
    const { sessionId } = (await signIn(user.email))!;
    expect(await loadSessionActor(sessionId, info)).not.toBeNull();
    await setStaffUserDisabled(admin, user.id, true);
    expect(await loadSessionActor(sessionId, info)).toBeNull();
    expect(await signIn(user.email, TEST_PASSWORD, "203.0.113.50")).toBeNull();
  });

  it("end when an admin resets the password, and the user must choose a new one", async () => {
    const user = await createStaff(url, "intern");
    const { sessionId } = (await signIn(user.email))!;
    await resetStaffPassword(admin, { id: user.id, password: "temporary-password-7788" });
    expect(await loadSessionActor(sessionId, info)).toBeNull();
    const next = await signIn(user.email, "temporary-password-7788");
    const actor = await loadSessionActor(next!.sessionId, info);
    expect(actor?.mustChangePassword).toBe(true);
    await changeOwnPassword(actor!, {
      currentPassword: "temporary-password-7788",
      newPassword: "my-own-new-password-55",
    });
    const after = await loadSessionActor(next!.sessionId, info);
    expect(after?.mustChangePassword).toBe(false);
  });

  it("expire after 30 minutes idle and after 12 hours in all", async () => {
    const user = await createStaff(url, "intern");
    const { sessionId } = (await signIn(user.email))!;
    const minutes = (n: number) => new Date(Date.now() + n * 60_000);
    expect(await loadSessionActor(sessionId, info, minutes(29))).not.toBeNull(); // touches lastSeenAt
    expect(await loadSessionActor(sessionId, info, minutes(58))).not.toBeNull();
    expect(await loadSessionActor(sessionId, info, minutes(58 + 31))).toBeNull();
    const fresh = (await signIn(user.email))!;
    for (let hour = 0.4; hour < 12; hour += 0.4)
      await loadSessionActor(fresh.sessionId, info, minutes(hour * 60));
    expect(await loadSessionActor(fresh.sessionId, info, minutes(11.9 * 60))).not.toBeNull();
    expect(await loadSessionActor(fresh.sessionId, info, minutes(12 * 60 + 1))).toBeNull();
  });
});

describe("passwords", () => {
  it("refuses short and common passwords with a reason", async () => {
    await expect(resetStaffPassword(admin, { id: admin.id, password: "short" })).rejects.toThrow(
      /at least 12/,
    );
    await expect(resetStaffPassword(admin, { id: admin.id, password: "password1234" })).rejects.toThrow(
      /too common/,
    );
  });
});

describe("audit log", () => {
  it("is append-only: UPDATE and DELETE fail", async () => {
    const entry = await db.auditEntry.findFirstOrThrow();
    await expect(
      db.$executeRaw`UPDATE "AuditEntry" SET reason = 'tampered' WHERE id = ${entry.id}::uuid`,
    ).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditEntry" WHERE id = ${entry.id}::uuid`).rejects.toThrow(
      /append-only/,
    );
    expect((await db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).reason).toBe(entry.reason);
  });
});
