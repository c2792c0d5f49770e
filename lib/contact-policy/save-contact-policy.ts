import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { contactPolicySettingsSchema, DEFAULT_CONTACT_POLICY } from "@/lib/validation/contact-policy";
import { savePolicyVersionSchema } from "@/lib/validation/contact-policy-version";
import { parseInput } from "@/lib/validation/parse";
import { describePolicyChange } from "./describe-policy-change";
import { diffPolicySettings } from "./diff-policy-settings";
import { refusal } from "@/lib/i18n/ref-errors";

const ATTEMPTS = 5;

function isVersionTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Saves the submitted settings as a new policy version (the latest + 1). Versions are never
 * updated, so every earlier policy stays on record. Two admins saving at once both get a version:
 * the loser of the unique-version race retries on top of the winner's.
 */
export async function saveContactPolicy(actor: Actor, input: unknown): Promise<{ version: number }> {
  assertCan(actor, "policy.manage");
  const { settings, note } = parseInput(savePolicyVersionSchema, input);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const latest = await tx.contactPolicy.findFirst({
          orderBy: { version: "desc" },
          select: { version: true, settings: true },
        });
        const previous = latest
          ? contactPolicySettingsSchema.safeParse(latest.settings).data
          : DEFAULT_CONTACT_POLICY;
        const changes = previous ? diffPolicySettings(previous, settings) : [];
        if (latest && previous && changes.length === 0) {
          throw refusal("errors.versions.unchangedSettings", { version: latest.version }, "settings");
        }
        const version = (latest?.version ?? 0) + 1;
        await tx.contactPolicy.create({
          data: { version, settings, note, createdById: actor.id },
        });
        await recordAudit(
          {
            action: "contactPolicy.update",
            actor,
            reason: note,
            details: { version, changes: changes.map((change) => describePolicyChange(change, "en")) },
          },
          tx,
        );
        return { version };
      });
    } catch (error) {
      if (isVersionTaken(error) && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}
