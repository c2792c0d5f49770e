// Every route handler and server action, for every role and for anonymous callers. A new route or
// action without an entry in MATRIX fails the first test, so nothing ships unchecked.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { passedSecondFactor } from "../../factories/actor-factory";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentActor } from "@/lib/auth/current-actor";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { startSession } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { createLocation, createStaff } from "../../factories/staff-factory";
import { MATRIX, type Caller, type MatrixContext, type MatrixEntry } from "./authorization-matrix.entries";

let currentActor: CurrentActor | null = null;
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => currentActor }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// Route handlers run outside Next's request scope here; give next/headers an empty request.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost" }),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));

const ROOT = path.resolve(import.meta.dirname, "../../..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === "node_modules" || name === ".git" || name === ".next" || name === ".data") return [];
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** "GET /api/audit/export" for every exported method of every app/**\/route.ts. */
function discoverRoutes(): string[] {
  return walk(path.join(ROOT, "app"))
    .filter((file) => file.endsWith("route.ts"))
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      const route = path.dirname(path.relative(path.join(ROOT, "app"), file)).replace(/\([^)]+\)\//g, "");
      return METHODS.filter((method) =>
        new RegExp(`export (const|async function) ${method}\\b|as ${method}\\b`).test(source),
      ).map((method) => `${method} /${route}`);
    });
}

/** "action components/admin/user-actions.ts#createUserAction" for every export of a "use server" file. */
function discoverActions(): string[] {
  const IGNORED = /^(node_modules|\.next|\.data|tmp|lib\/generated|test-results)\//;
  return walk(ROOT)
    .map((file) => path.relative(ROOT, file))
    .filter((file) => /\.(ts|tsx)$/.test(file) && !IGNORED.test(file))
    .filter((file) => /^["']use server["']/.test(readFileSync(path.join(ROOT, file), "utf8").trimStart()))
    .flatMap((file) =>
      [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/export (?:const|async function) (\w+)/g)].map(
        (match) => `action ${file}#${match[1]}`,
      ),
    );
}

const actors = new Map<Role, CurrentActor>();
const context: MatrixContext = { root: ROOT, targetUserId: "", locationId: "" };

beforeAll(async () => {
  const url = process.env.DATABASE_URL!;
  context.locationId = await createLocation(url, "HTL-MTX");
  context.targetUserId = (await createStaff(url, "intern", ["HTL-MTX"])).id;
  for (const [index, role] of ROLES.entries()) {
    const staff = await createStaff(url, role, role === "admin" ? [] : ["HTL-MTX"]);
    const user = await db.staffUser.findUniqueOrThrow({
      where: { id: staff.id },
      include: { locations: true },
    });
    actors.set(role, {
      id: user.id,
      email: user.email,
      name: user.name,
      role,
      locationIds: user.locations.map((l) => l.locationId),
      // A real session: second-factor actions record challenges and passes on it.
      sessionId: await startSession(user.id, user.sessionVersion, { ip: null, userAgent: "matrix" }),
      mustChangePassword: false,
      locale: user.locale,
      secondFactor: passedSecondFactor(),
      // One address per role, so the wrong codes the matrix sends don't add up to a lock-out.
      ip: `127.0.0.${index + 1}`,
      userAgent: "matrix",
    });
  }
});

describe("authorization matrix", () => {
  it("has an entry for every route handler and server action in the code", () => {
    const discovered = [...discoverRoutes(), ...discoverActions()].sort();
    expect(discovered.length).toBeGreaterThan(0);
    expect(Object.keys(MATRIX).sort()).toEqual(discovered);
  });

  const callers: Caller[] = ["anonymous", ...ROLES];
  for (const [key, entry] of Object.entries(MATRIX) as [string, MatrixEntry][]) {
    for (const caller of callers) {
      const expected = entry.expect[caller];
      it(`${key} as ${caller} → ${expected}`, async () => {
        currentActor = caller === "anonymous" ? null : actors.get(caller)!;
        const status = await entry.call(context);
        expect(status).toBe(expected);
      });
    }
  }
});
