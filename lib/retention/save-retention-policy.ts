import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse";
import {
  DEFAULT_RETENTION,
  saveRetentionPolicySchema,
  type RetentionSettings,
} from "@/lib/validation/retention";
import { refusal } from "@/lib/i18n/ref-errors";

const ATTEMPTS = 5;
const FIELDS = ["eventDays", "inactiveCustomerDays", "auditDays", "idempotencyDays"] as const;

/**
 * Saves a new retention policy version (latest + 1), never editing an old one, exactly like the
 * contact policy: who, when and why stay on record, and two admins saving at once both get a version.
 */
export async function saveRetentionPolicy(actor: Actor, input: unknown): Promise<{ version: number }> {
  assertCan(actor, "privacy.manage");
  const { note, ...settings } = parseInput(saveRetentionPolicySchema, input);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const latest = await tx.retentionPolicy.findFirst({ orderBy: { version: "desc" } });
        const previous: RetentionSettings = latest ?? DEFAULT_RETENTION;
        const changes = FIELDS.filter((field) => previous[field] !== settings[field]).map(
          (field) => `${field}: ${previous[field]} → ${settings[field]} days`,
        );
        if (latest && changes.length === 0)
          throw refusal("errors.versions.unchangedSettings", { version: latest.version }, "eventDays");
        const version = (latest?.version ?? 0) + 1;
        await tx.retentionPolicy.create({ data: { version, ...settings, note, createdById: actor.id } });
        await recordAudit(
          { action: "retentionPolicy.update", actor, reason: note, details: { version, changes } },
          tx,
        );
        return { version };
      });
    } catch (error) {
      const isVersionTaken = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (isVersionTaken && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}
