import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { ValidationError, type ErrorIssue } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  COMMISSION_CHANNELS,
  commissionRatesSchema,
  DEFAULT_COMMISSION_RATES,
  saveCommissionRatesSchema,
  type CommissionRates,
} from "@/lib/validation/commission-rates";

const ATTEMPTS = 5;

/** Each bad field as a message in the admin's language (managerInsights.commission.errors.*). */
function invalid(issues: { path: PropertyKey[]; message: string }[]): ValidationError {
  const mapped: ErrorIssue[] = issues.map((issue) => {
    const field = String(issue.path.at(-1) ?? "rates");
    const key = (COMMISSION_CHANNELS as readonly string[]).includes(field)
      ? "rate"
      : field === "validFrom"
        ? "validFrom"
        : "note";
    return { path: field, message: issue.message, ref: { key: `managerInsights.commission.errors.${key}` } };
  });
  return new ValidationError(mapped.map((issue) => `${issue.path}: ${issue.message}`).join(" "), mapped);
}

/** "Booking.com: 15% → 17%" lines for the audit entry (channel keys stay as keys there). */
function changes(previous: CommissionRates, next: CommissionRates): string[] {
  return COMMISSION_CHANNELS.filter((channel) => previous[channel] !== next[channel]).map(
    (channel) => `${channel}: ${previous[channel]}% → ${next[channel]}%`,
  );
}

/**
 * Saves commission rates as a new version (latest + 1), valid from the given day: versions are never
 * edited, so every earlier rate stays on record, and two admins saving at once both get a version.
 * Audited with what changed.
 */
export async function saveCommissionRates(actor: Actor, input: unknown): Promise<{ version: number }> {
  assertCan(actor, "policy.manage");
  const parsed = saveCommissionRatesSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { rates, validFrom, note } = parsed.data;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const latest = await tx.commissionRateVersion.findFirst({
          orderBy: { version: "desc" },
          select: { version: true, rates: true, validFrom: true },
        });
        const previous = latest
          ? (commissionRatesSchema.safeParse(latest.rates).data ?? DEFAULT_COMMISSION_RATES)
          : DEFAULT_COMMISSION_RATES;
        const changed = changes(previous, rates);
        const sameDay = latest?.validFrom.toISOString().slice(0, 10) === validFrom;
        if (latest && changed.length === 0 && sameDay) {
          const message = `Nothing changed: these rates equal version ${latest.version}.`;
          throw new ValidationError(message, [
            {
              path: "booking_com",
              message,
              ref: {
                key: "managerInsights.commission.errors.unchanged",
                values: { version: latest.version },
              },
            },
          ]);
        }
        const version = (latest?.version ?? 0) + 1;
        await tx.commissionRateVersion.create({
          data: {
            version,
            rates,
            validFrom: new Date(`${validFrom}T00:00:00.000Z`),
            note,
            createdById: actor.id,
          },
        });
        await recordAudit(
          {
            action: "commissionRates.update",
            actor,
            reason: note,
            details: { version, validFrom, rates, changes: changed },
          },
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
