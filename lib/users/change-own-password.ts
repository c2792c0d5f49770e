import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, passwordProblem, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/validation/parse";
import { changeOwnPasswordSchema } from "@/lib/validation/users";
import { fieldError } from "@/lib/i18n/ref-errors";

/** Changes the actor's own password; other sessions end, this one continues on the new version. */
export async function changeOwnPassword(actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(changeOwnPasswordSchema, input);
  const user = await db.staffUser.findUniqueOrThrow({ where: { id: actor.id } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw fieldError("currentPassword", "errors.users.currentPassword");
  }
  const problem = passwordProblem(data.newPassword);
  if (problem) throw fieldError("newPassword", problem);
  if (data.newPassword === data.currentPassword) {
    throw fieldError("newPassword", "errors.users.samePassword");
  }
  const nextVersion = user.sessionVersion + 1;
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: actor.id },
      data: {
        passwordHash: await hashPassword(data.newPassword),
        mustChangePassword: false,
        sessionVersion: nextVersion,
      },
    });
    await tx.staffSession.update({ where: { id: actor.sessionId }, data: { sessionVersion: nextVersion } });
    await recordAudit({ action: "user.changePassword", actor }, tx);
  });
}
