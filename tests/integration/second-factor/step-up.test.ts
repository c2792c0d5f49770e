// The gates, seen from a caller: a session that still owes its second factor can do nothing but pay
// it, and step-up actions refuse a second factor older than 10 minutes with a code the form uses.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentActor } from "@/lib/auth/current-actor";
import { requireRecentSecondFactor } from "@/lib/auth/step-up";
import type { SecondFactorState } from "@/lib/auth/second-factor-state";
import { createActor } from "../../factories/actor-factory";
import { createStaff } from "../../factories/staff-factory";

const session = { actor: null as CurrentActor | null };
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost" }) }));

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const state = (overrides: Partial<SecondFactorState>): SecondFactorState => ({
  passedAt: minutesAgo(1),
  method: "passkey",
  isRequired: true,
  isEnrolled: true,
  isExempt: false,
  ...overrides,
});

let admin: CurrentActor;
let targetId = "";
beforeAll(async () => {
  admin = {
    ...(await createActor("admin")),
    mustChangePassword: false,
    locale: "nl",
    secondFactor: state({}),
  };
  targetId = (await createStaff(process.env.DATABASE_URL!, "intern", [])).id;
});
const as = (secondFactor: SecondFactorState) => (session.actor = { ...admin, secondFactor });

async function stepUpActions() {
  const keys = await import("@/components/api-keys/api-key-actions");
  const users = await import("@/components/admin/user-actions");
  const policy = await import("@/components/contact-policy/contact-policy-actions");
  const secondFactor = await import("@/components/admin/second-factor-admin-actions");
  return {
    createApiKey: () => keys.createApiKeyAction({ name: "Step-up", source: "stepup", scopes: ["ingest"] }),
    revokeApiKey: () => keys.revokeApiKeyAction("00000000-0000-4000-8000-000000000001"),
    changeRole: () =>
      users.updateUserAction({ id: targetId, name: "Target", role: "manager", locationIds: [] }),
    disableUser: () => users.setUserDisabledAction(targetId, true),
    saveContactPolicy: () => policy.saveContactPolicyAction({ settings: {}, note: "step-up" }),
    saveSecondFactorRoles: () => secondFactor.saveSecondFactorPolicyAction({ requiredRoles: ["admin"] }),
    resetSecondFactor: () => secondFactor.resetSecondFactorAction({ id: targetId, reason: "step-up test" }),
  };
}

async function exportAudit(): Promise<Response> {
  const { GET } = await import("@/app/api/audit/export/route");
  return GET(new NextRequest("http://localhost/api/audit/export"), { params: Promise.resolve({}) });
}

describe("step-up", () => {
  it("refuses every step-up action when the second factor is older than 10 minutes", async () => {
    as(state({ passedAt: minutesAgo(11) }));
    for (const [name, run] of Object.entries(await stepUpActions())) {
      const result = await run();
      expect({ name, result }).toMatchObject({
        name,
        result: { ok: false, status: 403, code: "step_up_required" },
      });
    }
    const response = await exportAudit();
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "step_up_required" });
  });

  it("asks to enrol first when the user has no factor at all", async () => {
    as(state({ passedAt: null, isEnrolled: false, isRequired: false }));
    const result = await (await stepUpActions()).createApiKey();
    expect(result).toMatchObject({ ok: false, status: 403, code: "second_factor_enrolment_required" });
  });

  it("lets the action through within 10 minutes, and the role change and export happen", async () => {
    as(state({ passedAt: minutesAgo(9) }));
    const actions = await stepUpActions();
    expect(await actions.changeRole()).toMatchObject({ ok: true });
    expect(await actions.createApiKey()).toMatchObject({ ok: true });
    expect((await exportAudit()).status).toBe(200);
  });

  it("counts the demo exemption, and nothing else, as recent", () => {
    expect(() =>
      requireRecentSecondFactor({ secondFactor: state({ passedAt: null, isExempt: true }) }),
    ).not.toThrow();
    expect(() => requireRecentSecondFactor({ secondFactor: state({ passedAt: minutesAgo(10.5) }) })).toThrow(
      expect.objectContaining({ code: "step_up_required" }),
    );
  });
});

describe("owed second factor", () => {
  it("blocks routes and actions with second_factor_required until it is passed", async () => {
    as(state({ passedAt: null }));
    const response = await exportAudit();
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "second_factor_required" });
    const result = await (await stepUpActions()).disableUser();
    expect(result).toMatchObject({ ok: false, status: 403, code: "second_factor_required" });
    // A stolen password alone can't change the password either.
    const { changePasswordAction } = await import("@/components/auth/password-actions");
    expect(await changePasswordAction({ currentPassword: "x", newPassword: "y" })).toMatchObject({
      ok: false,
      code: "second_factor_required",
    });
    // Its own verification stays open (a wrong code: 400, not 403).
    const { verifyTotpAction } = await import("@/components/second-factor/second-factor-actions");
    expect(await verifyTotpAction({ code: "123456" })).toMatchObject({ ok: false, status: 400 });
  });
});
