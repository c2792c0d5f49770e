import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

export async function listStaffUsers(actor: Actor) {
  assertCan(actor, "users.manage");
  return db.staffUser.findMany({
    orderBy: [{ isDisabled: "asc" }, { name: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      isDisabled: true,
      mustChangePassword: true,
      lastSignInAt: true,
      _count: { select: { passkeys: true } },
      totp: { select: { confirmedAt: true } },
      locations: { select: { location: { select: { id: true, code: true, name: true } } } },
    },
  });
}

export async function listLocationChoices(actor: Actor) {
  assertCan(actor, "users.manage");
  return db.location.findMany({
    orderBy: [{ type: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, type: true },
  });
}
