// Recovery codes: ten, stored hashed, each works once, regenerating replaces them all (a step-up
// action), and an admin reset removes every factor and ends the user's sessions.
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { loadSessionActor } from "@/lib/auth/load-session-actor";
import { db } from "@/lib/db/client";
import { hashRecoveryCode } from "@/lib/second-factor/recovery-codes";
import { regenerateRecoveryCodes, verifyRecoveryCode } from "@/lib/second-factor/recovery";
import { resetSecondFactor } from "@/lib/second-factor/reset-second-factor";
import { confirmTotpEnrolment, startTotpEnrolment } from "@/lib/second-factor/totp";
import { ageSecondFactor, INFO, reload, signedInSession } from "./session-helpers";

async function enrolled(role: "manager" | "admin") {
  const actor = await signedInSession(role);
  const { secret } = await startTotpEnrolment(actor);
  const code = await generate({ secret, epoch: Math.floor(Date.now() / 1000) });
  const { recoveryCodes } = await confirmTotpEnrolment(actor, { code });
  return { actor: await reload(actor.sessionId), codes: recoveryCodes! };
}

describe("recovery codes", () => {
  it("are ten distinct codes stored only as SHA-256 hashes", async () => {
    const { actor, codes } = await enrolled("manager");
    expect(new Set(codes).size).toBe(10);
    const rows = await db.staffRecoveryCode.findMany({ where: { staffUserId: actor.id } });
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
      expect(codes).not.toContain(row.codeHash);
    }
    expect(rows.map((row) => row.codeHash).sort()).toEqual(codes.map(hashRecoveryCode).sort());
  });

  it("pass the second factor once each, whatever the case or dashes", async () => {
    const { actor, codes } = await enrolled("manager");
    await ageSecondFactor(actor.sessionId, 30);
    const typed = codes[3]!.toLowerCase().replaceAll("-", " ");
    await verifyRecoveryCode(actor, { code: typed });
    const after = await reload(actor.sessionId);
    expect(after.secondFactor.method).toBe("recovery_code");
    expect(Date.now() - after.secondFactor.passedAt!.getTime()).toBeLessThan(10_000);
    await expect(verifyRecoveryCode(after, { code: codes[3] })).rejects.toMatchObject({ status: 400 });
    await expect(verifyRecoveryCode(after, { code: "" })).rejects.toMatchObject({
      issues: [{ path: "code", message: "Enter a recovery code." }],
    });
  });

  it("regenerate only with a recent second factor, and the old codes stop working", async () => {
    const { actor, codes } = await enrolled("admin");
    await ageSecondFactor(actor.sessionId, 11);
    await expect(regenerateRecoveryCodes(await reload(actor.sessionId))).rejects.toMatchObject({
      code: "step_up_required",
      status: 403,
    });
    await verifyRecoveryCode(await reload(actor.sessionId), { code: codes[0] });
    const fresh = await regenerateRecoveryCodes(await reload(actor.sessionId));
    expect(fresh).toHaveLength(10);
    await expect(verifyRecoveryCode(actor, { code: codes[1] })).rejects.toMatchObject({ status: 400 });
    await verifyRecoveryCode(actor, { code: fresh[0] });
  });
});

describe("admin reset of a second factor", () => {
  it("removes the factors and codes, ends the sessions, and is audited with the reason", async () => {
    const { actor: manager } = await enrolled("manager");
    const admin = await signedInSession("admin");
    await resetSecondFactor(admin, { id: manager.id, reason: "Lost phone, ticket 4711" });

    expect(await loadSessionActor(manager.sessionId, INFO)).toBeNull();
    expect(await db.staffTotp.count({ where: { staffUserId: manager.id } })).toBe(0);
    expect(await db.staffRecoveryCode.count({ where: { staffUserId: manager.id } })).toBe(0);
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "secondFactor.reset", actorId: admin.id },
    });
    expect(entry.reason).toBe("Lost phone, ticket 4711");
    expect(entry.details).toMatchObject({ userId: manager.id, totpRemoved: true });
  });

  it("refuses one's own account and a missing reason, naming the field", async () => {
    const admin = await signedInSession("admin");
    await expect(resetSecondFactor(admin, { id: admin.id, reason: "Lost my phone" })).rejects.toMatchObject({
      status: 400,
      issues: [{ path: "id", message: "You can't reset your own second factor; ask another admin." }],
    });
    await expect(resetSecondFactor(admin, { id: admin.id, reason: "" })).rejects.toMatchObject({
      issues: [{ path: "reason", message: "Say why (at least 5 characters)." }],
    });
  });
});
