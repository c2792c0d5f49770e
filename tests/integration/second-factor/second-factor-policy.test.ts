// Which roles need a second factor is data: versioned, audited, and read by every request.
import { describe, expect, it } from "vitest";
import { startSession } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { getSecondFactorPolicy, saveSecondFactorPolicy } from "@/lib/second-factor/second-factor-policy";
import { INFO, reload, signedInSession } from "./session-helpers";

describe("second-factor policy", () => {
  it("defaults to manager and admin, and a saved version applies at the next request", async () => {
    expect((await getSecondFactorPolicy()).requiredRoles).toEqual(["manager", "admin"]);
    const receptionist = await signedInSession("receptionist");
    expect(receptionist.secondFactor.isRequired).toBe(false);
    const manager = await signedInSession("manager");
    expect(manager.secondFactor.isRequired).toBe(true);

    const admin = await signedInSession("admin");
    const saved = await saveSecondFactorPolicy(admin, {
      requiredRoles: ["receptionist", "admin"],
      note: "Desk PCs",
    });
    expect(saved.version).toBe(1);
    expect((await reload(receptionist.sessionId)).secondFactor.isRequired).toBe(true);
    expect((await reload(manager.sessionId)).secondFactor.isRequired).toBe(false);

    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "secondFactorPolicy.update" } });
    expect(entry).toMatchObject({ actorId: admin.id, reason: "Desk PCs" });
    await expect(
      saveSecondFactorPolicy(admin, { requiredRoles: ["admin", "receptionist"] }),
    ).rejects.toMatchObject({
      status: 400,
      issues: [{ path: "requiredRoles", message: "Nothing changed: these roles equal version 1." }],
    });
    await expect(saveSecondFactorPolicy(admin, { requiredRoles: ["owner"] })).rejects.toMatchObject({
      status: 400,
    });
    await expect(saveSecondFactorPolicy(receptionist, { requiredRoles: [] })).rejects.toMatchObject({
      status: 403,
    });
  });

  it("lets the demo manager in without a factor, but not an ordinary manager", async () => {
    const demo = await db.staffUser.create({
      data: { email: "manager@demo.gastvrij.nl", name: "Demo", role: "manager" },
    });
    const actor = await reload(await startSession(demo.id, 1, INFO));
    expect(actor.secondFactor).toMatchObject({ isExempt: true, isRequired: false });
  });
});
