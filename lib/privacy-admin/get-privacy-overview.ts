import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { customerName } from "@/lib/format/names";
import { getRetentionPolicy } from "@/lib/retention/get-retention-policy";

const LIST_LIMIT = 100;

/** Everything the admin privacy page shows, in a handful of indexed reads. */
export async function getPrivacyOverview(actor: Actor, now = new Date()) {
  assertCan(actor, "privacy.manage");
  const [retention, openRequests, erasures, suppressions, lastRun] = await Promise.all([
    getRetentionPolicy(),
    db.privacyRequest.findMany({
      where: { status: "open" },
      orderBy: { dueAt: "asc" },
      take: LIST_LIMIT,
      include: { requestedBy: { select: { name: true } } },
    }),
    db.erasure.findMany({
      orderBy: { createdAt: "desc" },
      take: LIST_LIMIT,
      include: { erasedBy: { select: { name: true } } },
    }),
    db.suppression.findMany({ where: { liftedAt: null }, orderBy: { createdAt: "desc" }, take: LIST_LIMIT }),
    db.retentionRun.findFirst({
      where: { isDryRun: false, finishedAt: { not: null } },
      orderBy: { startedAt: "desc" },
    }),
  ]);
  const requestCustomers = await db.customer.findMany({
    where: { id: { in: openRequests.flatMap((r) => (r.customerId ? [r.customerId] : [])) } },
    select: { id: true, firstName: true, lastName: true },
  });
  const nameOf = new Map(requestCustomers.map((c) => [c.id, customerName(c)]));
  const pseudonymOf = new Map(erasures.map((e) => [e.id, e.pseudonym]));
  return {
    retention,
    lastRun: lastRun
      ? { finishedAt: lastRun.finishedAt!, counts: lastRun.counts as Record<string, number> | null }
      : null,
    openRequests: openRequests.map((r) => ({
      id: r.id,
      type: r.type,
      customerId: r.customerId,
      customerName: r.customerId ? (nameOf.get(r.customerId) ?? null) : null,
      requestedVia: r.requestedVia,
      requestedByName: r.requestedBy?.name ?? null,
      receivedAt: r.createdAt,
      dueAt: r.dueAt,
      isOverdue: r.dueAt < now,
    })),
    erasures: erasures.map((e) => ({
      id: e.id,
      pseudonym: e.pseudonym,
      reason: e.reason,
      origin: e.origin,
      erasedAt: e.createdAt,
      /** null for the retention job and the request API: the page names the origin instead. */
      erasedBy: e.erasedBy?.name ?? e.erasedByEmail ?? null,
      durationMs: e.durationMs,
    })),
    suppressions: suppressions.map((s) => ({
      id: s.id,
      type: s.type,
      since: s.createdAt,
      pseudonym: s.erasureId ? (pseudonymOf.get(s.erasureId) ?? null) : null,
    })),
  };
}

export type PrivacyOverview = Awaited<ReturnType<typeof getPrivacyOverview>>;
