import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Role } from "@/lib/auth/permissions";
import { DEFAULT_SECOND_FACTOR_ROLES } from "@/lib/auth/second-factor-roles";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse";
import { secondFactorPolicySchema } from "@/lib/validation/second-factor";
import { refusal } from "@/lib/i18n/ref-errors";

export interface SecondFactorPolicyView {
  version: number | null;
  requiredRoles: Role[];
  createdAt: Date | null;
  createdByEmail: string | null;
  note: string | null;
}

/** The policy in force: the highest version, or the default (manager, admin) before the first save. */
export async function getSecondFactorPolicy(): Promise<SecondFactorPolicyView> {
  const latest = await db.secondFactorPolicy.findFirst({
    orderBy: { version: "desc" },
    include: { createdBy: { select: { email: true } } },
  });
  if (!latest) {
    return {
      version: null,
      requiredRoles: [...DEFAULT_SECOND_FACTOR_ROLES],
      createdAt: null,
      createdByEmail: null,
      note: null,
    };
  }
  return {
    version: latest.version,
    requiredRoles: latest.requiredRoles,
    createdAt: latest.createdAt,
    createdByEmail: latest.createdBy?.email ?? null,
    note: latest.note,
  };
}

/** Saves which roles must use a second factor as a new version; in force at everyone's next request. */
export async function saveSecondFactorPolicy(actor: Actor, input: unknown): Promise<{ version: number }> {
  assertCan(actor, "users.manage");
  const { requiredRoles, note } = parseInput(secondFactorPolicySchema, input);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const latest = await tx.secondFactorPolicy.findFirst({ orderBy: { version: "desc" } });
        const previous = latest ? [...latest.requiredRoles].sort() : [...DEFAULT_SECOND_FACTOR_ROLES].sort();
        if (latest && previous.join() === requiredRoles.join()) {
          throw refusal("errors.versions.unchangedRoles", { version: latest.version }, "requiredRoles");
        }
        const version = (latest?.version ?? 0) + 1;
        await tx.secondFactorPolicy.create({ data: { version, requiredRoles, note, createdById: actor.id } });
        await recordAudit(
          {
            action: "secondFactorPolicy.update",
            actor,
            reason: note ?? null,
            details: { version, requiredRoles, previous },
          },
          tx,
        );
        return { version };
      });
    } catch (error) {
      const isVersionTaken = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (isVersionTaken && attempt < 5) continue;
      throw error;
    }
  }
}
