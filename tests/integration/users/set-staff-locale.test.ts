// A staff member picks their own interface language (issue 15): it is stored on their account, the
// device remembers it for the login page, and nobody can set it for someone else.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { createActor, passedSecondFactor } from "../../factories/actor-factory";

const session = { actor: null as CurrentActor | null };
const cookieJar = new Map<string, string>();
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined),
    set: (name: string, value: string) => void cookieJar.set(name, value),
  }),
}));

const { setStaffLocale } = await import("@/lib/users/set-staff-locale");
const { setOwnLocaleAction } = await import("@/components/account/account-actions");

async function storedLocale(id: string) {
  return (await db.staffUser.findUniqueOrThrow({ where: { id }, select: { locale: true } })).locale;
}

let me: CurrentActor;
let colleague: CurrentActor;

beforeAll(async () => {
  const asSession = async (role: "receptionist" | "admin") => ({
    ...(await createActor(role)),
    mustChangePassword: false,
    locale: "nl" as const,
    secondFactor: passedSecondFactor(),
  });
  me = await asSession("receptionist");
  colleague = await asSession("admin");
});
afterAll(() => {
  session.actor = null;
});

describe("setStaffLocale", () => {
  it("stores the language on the staff member's own account, Dutch by default", async () => {
    expect(await storedLocale(me.id)).toBe("nl");
    await expect(setStaffLocale(me, me.id, { locale: "en" })).resolves.toBe("en");
    expect(await storedLocale(me.id)).toBe("en");
    await setStaffLocale(me, me.id, { locale: "nl" });
    expect(await storedLocale(me.id)).toBe("nl");
  });

  it("refuses to change someone else's language, even for an admin", async () => {
    await expect(setStaffLocale(colleague, me.id, { locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setStaffLocale(me, colleague.id, { locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await storedLocale(me.id)).toBe("nl");
    expect(await storedLocale(colleague.id)).toBe("nl");
  });

  it("accepts only the interface languages", async () => {
    await expect(setStaffLocale(me, me.id, { locale: "de" })).rejects.toBeInstanceOf(ValidationError);
    await expect(setStaffLocale(me, me.id, {})).rejects.toBeInstanceOf(ValidationError);
    expect(await storedLocale(me.id)).toBe("nl");
  });
});

describe("the account page's action", () => {
  it("saves the signed-in person's own language and remembers it on the device", async () => {
    session.actor = me;
    cookieJar.clear();
    const result = await setOwnLocaleAction({ locale: "en" });
    expect(result).toEqual({ ok: true, data: "en" });
    expect(await storedLocale(me.id)).toBe("en");
    expect(await storedLocale(colleague.id)).toBe("nl");
    expect(cookieJar.get("gastvrij_locale")).toBe("en");
  });

  it("answers a bad language with 400 and changes nothing", async () => {
    session.actor = me;
    const result = await setOwnLocaleAction({ locale: "fr" });
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(await storedLocale(me.id)).toBe("en");
  });

  it("refuses without a session", async () => {
    session.actor = null;
    cookieJar.clear();
    const result = await setOwnLocaleAction({ locale: "en" });
    expect(result).toMatchObject({ ok: false, status: 401 });
    expect(cookieJar.size).toBe(0);
  });
});
