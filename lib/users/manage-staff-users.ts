import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/validation/parse";
import { createStaffUserSchema, resetPasswordSchema, updateStaffUserSchema } from "@/lib/validation/users";
import { fieldError, refusal } from "@/lib/i18n/ref-errors";

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw fieldError("password", problem);
}

async function assertLocationsExist(locationIds: string[]): Promise<void> {
  const found = await db.location.count({ where: { id: { in: locationIds } } });
  if (found !== new Set(locationIds).size) {
    throw fieldError("locationIds", "errors.users.unknownLocations");
  }
}

export async function createStaffUser(actor: Actor, input: unknown): Promise<{ id: string }> {
  assertCan(actor, "users.manage");
  const data = parseInput(createStaffUserSchema, input);
  checkPassword(data.password);
  await assertLocationsExist(data.locationIds);
  if (await db.staffUser.findUnique({ where: { email: data.email } })) {
    throw fieldError("email", "errors.users.emailInUse");
  }
  const user = await db.$transaction(async (tx) => {
    const created = await tx.staffUser.create({
      data: {
        email: data.email,
        name: data.name,
        role: data.role,
        passwordHash: await hashPassword(data.password),
        mustChangePassword: true,
        locations: { create: data.locationIds.map((locationId) => ({ locationId })) },
      },
    });
    await recordAudit(
      { action: "user.create", actor, details: { userId: created.id, role: data.role, email: data.email } },
      tx,
    );
    return created;
  });
  return { id: user.id };
}

export async function updateStaffUser(
  actor: Actor,
  input: unknown,
  options: { beforeRoleChange?: () => void } = {},
): Promise<void> {
  assertCan(actor, "users.manage");
  const data = parseInput(updateStaffUserSchema, input);
  await assertLocationsExist(data.locationIds);
  await db.$transaction(async (tx) => {
    const existing = await tx.staffUser.findUnique({ where: { id: data.id } });
    if (!existing) throw new NotFoundError();
    if (existing.role !== data.role) options.beforeRoleChange?.();
    await tx.staffLocation.deleteMany({ where: { staffUserId: data.id } });
    await tx.staffUser.update({
      where: { id: data.id },
      data: {
        name: data.name,
        role: data.role,
        locations: { create: data.locationIds.map((locationId) => ({ locationId })) },
        // A changed role or scope applies at the user's very next request.
        ...(existing.role !== data.role ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    await recordAudit(
      {
        action: "user.update",
        actor,
        details: { userId: data.id, role: data.role, locationIds: data.locationIds },
      },
      tx,
    );
  });
}

export async function setStaffUserDisabled(actor: Actor, userId: string, isDisabled: boolean): Promise<void> {
  assertCan(actor, "users.manage");
  if (userId === actor.id && isDisabled) {
    throw refusal("errors.users.disableSelf", undefined, "id");
  }
  await db.$transaction(async (tx) => {
    const result = await tx.staffUser.updateMany({
      where: { id: userId },
      data: { isDisabled, sessionVersion: { increment: 1 } },
    });
    if (result.count === 0) throw new NotFoundError();
    await recordAudit(
      { action: isDisabled ? "user.disable" : "user.enable", actor, details: { userId } },
      tx,
    );
  });
}

/** Sets a temporary password; the user's sessions end and they must choose a new one at sign-in. */
export async function resetStaffPassword(actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, "users.manage");
  const data = parseInput(resetPasswordSchema, input);
  checkPassword(data.password);
  const passwordHash = await hashPassword(data.password);
  await db.$transaction(async (tx) => {
    const result = await tx.staffUser.updateMany({
      where: { id: data.id },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    if (result.count === 0) throw new NotFoundError();
    await recordAudit({ action: "user.resetPassword", actor, details: { userId: data.id } }, tx);
  });
}
