import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/validation/parse";
import { locationSchema, updateLocationSchema } from "@/lib/validation/locations";
import { fieldError } from "@/lib/i18n/ref-errors";

export async function listLocations(actor: Actor) {
  assertCan(actor, "locations.manage");
  return db.location.findMany({
    orderBy: [{ type: "asc" }, { name: "asc" }],
    include: { _count: { select: { staff: true } } },
  });
}

async function assertCodeFree(code: string, exceptId?: string): Promise<void> {
  const existing = await db.location.findUnique({ where: { code } });
  if (existing && existing.id !== exceptId) {
    throw fieldError("code", "errors.locations.codeInUse");
  }
}

export async function createLocation(actor: Actor, input: unknown): Promise<{ id: string }> {
  assertCan(actor, "locations.manage");
  const data = parseInput(locationSchema, input);
  await assertCodeFree(data.code);
  const location = await db.location.create({ data });
  await recordAudit({
    action: "location.create",
    actor,
    details: { locationId: location.id, code: data.code },
  });
  return { id: location.id };
}

export async function updateLocation(actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, "locations.manage");
  const { id, ...data } = parseInput(updateLocationSchema, input);
  await assertCodeFree(data.code, id);
  const result = await db.location.updateMany({ where: { id }, data });
  if (result.count === 0) throw new NotFoundError();
  await recordAudit({ action: "location.update", actor, details: { locationId: id, code: data.code } });
}
