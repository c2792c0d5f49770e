// Authenticator-app codes against a real database: enrolment, the ±1 step window, no replay, the
// secret sealed at rest, throttling and auditing of wrong codes.
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { matchTotpStep, newTotpSecret } from "@/lib/second-factor/totp-code";
import { confirmTotpEnrolment, startTotpEnrolment, verifyTotp } from "@/lib/second-factor/totp";
import { reload, signedInSession } from "./session-helpers";

const codeAt = (secret: string, ms: number) => generate({ secret, epoch: Math.floor(ms / 1000) });

describe("TOTP window and replay (otplib, RFC 6238)", () => {
  const secret = newTotpSecret();
  const now = Date.parse("2026-12-07T12:00:10Z");

  it("accepts the current step and one step either side, nothing further", async () => {
    for (const offset of [-30_000, 0, 30_000]) {
      expect(await matchTotpStep(secret, await codeAt(secret, now + offset), null, now)).not.toBeNull();
    }
    for (const offset of [-60_000, 60_000, 90_000]) {
      expect(await matchTotpStep(secret, await codeAt(secret, now + offset), null, now)).toBeNull();
    }
  });

  it("refuses a code of the last used step or earlier, and malformed codes", async () => {
    const code = await codeAt(secret, now);
    const step = await matchTotpStep(secret, code, null, now);
    expect(step).toBe(Math.floor(now / 30_000));
    expect(await matchTotpStep(secret, code, step, now)).toBeNull();
    expect(await matchTotpStep(secret, await codeAt(secret, now - 30_000), step, now)).toBeNull();
    expect(await matchTotpStep(secret, await codeAt(secret, now + 30_000), step, now)).toBe(step! + 1);
    expect(await matchTotpStep(secret, "12345", null, now)).toBeNull();
    expect(await matchTotpStep(secret, "abcdef", null, now)).toBeNull();
  });
});

describe("authenticator app enrolment and sign-in", () => {
  it("enrols with a sealed secret, passes the session, and refuses a replayed code", async () => {
    const manager = await signedInSession("manager");
    expect(manager.secondFactor).toMatchObject({ isRequired: true, isEnrolled: false, passedAt: null });

    const { secret, qrDataUrl } = await startTotpEnrolment(manager);
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const stored = await db.staffTotp.findUniqueOrThrow({ where: { staffUserId: manager.id } });
    expect(stored.secretSealed).not.toContain(secret);
    expect(stored.confirmedAt).toBeNull();

    const code = await codeAt(secret, Date.now());
    const { recoveryCodes } = await confirmTotpEnrolment(manager, { code });
    expect(recoveryCodes).toHaveLength(10);
    const after = await reload(manager.sessionId);
    expect(after.secondFactor).toMatchObject({ isEnrolled: true, method: "totp" });
    expect(after.secondFactor.passedAt).not.toBeNull();

    // The same code again, even in its own 30 s window, is refused.
    await expect(verifyTotp(after, { code })).rejects.toMatchObject({ code: "invalid_request", status: 400 });
    // The next step's code (within the ±1 window) works once.
    const next = await codeAt(secret, Date.now() + 30_000);
    await expect(verifyTotp(after, { code: next })).resolves.toBeUndefined();
    await expect(verifyTotp(after, { code: next })).rejects.toBeInstanceOf(AppError);

    const audit = await db.auditEntry.findMany({
      where: { actorId: manager.id, action: { startsWith: "auth.secondFactor" } },
      orderBy: { occurredAt: "asc" },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      "auth.secondFactor.success",
      "auth.secondFactor.failure",
      "auth.secondFactor.success",
      "auth.secondFactor.failure",
    ]);
  });

  it("names the field for a malformed code and locks out after repeated wrong codes", async () => {
    const admin = await signedInSession("admin");
    const { secret } = await startTotpEnrolment(admin);
    await confirmTotpEnrolment(admin, { code: await codeAt(secret, Date.now()) });
    const actor = await reload(admin.sessionId);

    await expect(verifyTotp(actor, { code: "12" })).rejects.toMatchObject({
      status: 400,
      issues: [{ path: "code", message: "Enter the 6-digit code." }],
    });
    const wrong = (await codeAt(secret, Date.now() + 300_000)) === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++)
      await expect(verifyTotp(actor, { code: wrong })).rejects.toMatchObject({ status: 400 });
    // Locked now: even the right code is refused until the back-off ends.
    const right = await codeAt(secret, Date.now() + 30_000);
    await expect(verifyTotp(actor, { code: right })).rejects.toMatchObject({
      code: "rate_limited",
      status: 429,
    });
  });
});
