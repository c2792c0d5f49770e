// Saving contact-policy versions through the same lib functions the admin page uses, on a real
// PostgreSQL: validation names the field, versions only ever grow, every save is audited.
import { describe, expect, it } from "vitest";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { listPolicyVersions } from "@/lib/contact-policy/list-policy-versions";
import { saveContactPolicy } from "@/lib/contact-policy/save-contact-policy";
import { db } from "@/lib/db/client";
import { DEFAULT_CONTACT_POLICY, type ContactPolicySettings } from "@/lib/validation/contact-policy";
import { createActor } from "../../factories/actor-factory";

const settingsWith = (change: (settings: ContactPolicySettings) => void) => {
  const copy = structuredClone(DEFAULT_CONTACT_POLICY);
  change(copy);
  return copy;
};

async function validationIssues(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues;
}

describe("saving the contact policy", () => {
  it("shows the defaults until a version is saved", async () => {
    const admin = await createActor("admin");
    const overview = await listPolicyVersions(admin);
    expect(overview.current).toBeNull();
    expect(overview.versions).toEqual([]);
    expect(overview.settings).toEqual(DEFAULT_CONTACT_POLICY);
  });

  it("refuses bad settings with a message naming each field, and saves nothing", async () => {
    const admin = await createActor("admin");
    const bad = settingsWith((s) => {
      s.marketing.maxContacts = 0;
      s.quietHours.start = "25:00";
      s.surveys.trivialInteractions = ["address_change", "address_change"];
    });
    const issues = await validationIssues(saveContactPolicy(admin, { settings: bad, note: null }));
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: "settings.marketing.maxContacts",
          message: "Marketing contacts per window must be at least 1.",
        }),
        expect.objectContaining({
          path: "settings.quietHours.start",
          message: expect.stringContaining("Quiet hours start"),
        }),
        expect.objectContaining({
          path: "settings.surveys.trivialInteractions",
          message: "List each trivial interaction once.",
        }),
      ]),
    );
    const missing = await validationIssues(
      saveContactPolicy(admin, { settings: { ...DEFAULT_CONTACT_POLICY, marketing: undefined } }),
    );
    expect(missing.map((issue) => issue.path)).toContain("settings.marketing");
    expect(await db.contactPolicy.count()).toBe(0);
  });

  it("adds version after version with who, when, the note and what changed; every save is audited", async () => {
    const admin = await createActor("admin");
    const first = await saveContactPolicy(admin, {
      settings: settingsWith((s) => void (s.marketing.maxContacts = 2)),
      note: "  Fewer offers  ",
    });
    const second = await saveContactPolicy(admin, {
      settings: settingsWith((s) => {
        s.marketing.maxContacts = 2;
        s.quietHours.dates = ["2026-12-25"];
      }),
    });
    expect([first.version, second.version]).toEqual([1, 2]);

    const overview = await listPolicyVersions(admin);
    expect(overview.current?.version).toBe(2);
    expect(overview.settings.quietHours.dates).toEqual(["2026-12-25"]);
    expect(overview.versions.map((v) => [v.version, v.note, v.createdByName, v.changes])).toEqual([
      [2, null, admin.name, [{ path: "quietHours.dates", kind: "list", added: ["2026-12-25"], removed: [] }]],
      [1, "Fewer offers", admin.name, [{ path: "marketing.maxContacts", kind: "value", from: 4, to: 2 }]],
    ]);
    expect(overview.versions[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(
      overview.versions[1]!.createdAt.getTime(),
    );

    const audits = await db.auditEntry.findMany({
      where: { action: "contactPolicy.update", actorId: admin.id },
      orderBy: { occurredAt: "asc" },
    });
    expect(audits.map((a) => [a.reason, a.details])).toEqual([
      ["Fewer offers", { version: 1, changes: ["Marketing contacts per window: 4 → 2"] }],
      [null, { version: 2, changes: ["Quiet dates: added 25 December 2026"] }],
    ]);
  });

  it("refuses a save that changes nothing", async () => {
    const admin = await createActor("admin");
    const { settings } = await listPolicyVersions(admin);
    const issues = await validationIssues(saveContactPolicy(admin, { settings, note: "again" }));
    expect(issues[0]?.path).toBe("settings");
    expect(issues[0]?.message).toMatch(/^Nothing changed/);
  });

  it("gives admins saving at the same moment each their own version", async () => {
    const admin = await createActor("admin");
    const before = await db.contactPolicy.count();
    const results = await Promise.all(
      [10, 11, 12].map((maxContacts) =>
        saveContactPolicy(admin, {
          settings: settingsWith((s) => void (s.marketing.maxContacts = maxContacts)),
        }),
      ),
    );
    const versions = results.map((r) => r.version).sort((a, b) => a - b);
    expect(versions).toEqual([before + 1, before + 2, before + 3]);
  });

  it("lets only admins save or read versions", async () => {
    for (const role of ["manager", "receptionist", "intern"] as const) {
      const actor = await createActor(role);
      await expect(saveContactPolicy(actor, { settings: DEFAULT_CONTACT_POLICY })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(listPolicyVersions(actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
