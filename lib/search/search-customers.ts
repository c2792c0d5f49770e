import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { PREPARED } from "@/lib/db/prepared-statements";
import { heavyRead, type ReadServer } from "@/lib/db/read-routing";
import { formatPhone } from "@/lib/format/identities";
import { Prisma, type Customer } from "@/lib/generated/prisma/client";
import { maskEmail, maskIdentifier } from "@/lib/privacy/mask";
import { maskDeep } from "@/lib/privacy/mask-deep";
import { parseInput } from "@/lib/validation/parse";
import { searchCustomersQuery } from "@/lib/validation/customers";
import { customerVisibleToEachRow } from "@/lib/auth/customer-scope";
import { audited, type SearchAudit } from "./search-audit";
import { classifySearch, type SearchPlan } from "./search-classify";
import { identifierCandidates, type IdentifierKind } from "./search-identifiers";
import { nameCandidates, NEAR_MIN_SCORE, nearCandidates, trigramCandidates } from "./search-names";

// The one customer search: the command palette (GET /api/customers/search) and /customers?q= both
// call it, so they find the same people. Scoped to the actor's locations, masked for interns, audited.

/** What the search matched on, so the desk can tell two people with one name apart. */
export type SearchMatch =
  | { kind: "name" }
  /** Found despite a spelling difference ("Jansenn" → "Jansen"). */
  | { kind: "similar_name" }
  /** The matching value as stored; masked like the profile for roles without personal data. */
  | { kind: IdentifierKind; value: string };

export type CustomerSearchHit = Pick<
  Customer,
  "id" | "firstName" | "lastName" | "preferredName" | "city" | "lastSeenAt" | "firstTouchChannel"
> & {
  /** The customer's first recorded email address; masked for roles without personal data. */
  email: string | null;
  match: SearchMatch;
};

export type CustomerSearchResult = {
  /** The search as applied (trimmed). */
  query: string;
  hits: CustomerSearchHit[];
  /** More customers match than were returned: typing more of the name narrows them down. */
  hasMore: boolean;
  /** Why nothing was looked up, when nothing could be. */
  problem: Extract<SearchPlan, { kind: "none" }>["reason"] | null;
};

export type SearchCustomersInput = { q: unknown; limit?: unknown; via?: "palette" | "list" };

type HitRow = Omit<CustomerSearchHit, "email" | "match"> & {
  email: string | null;
  tier?: number;
  kind?: string;
  value?: string;
  normalized?: string;
};

/** Adds each hit's first email address, keeping the order the candidates came in (`position`). */
export function withEmail(candidates: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT hit.*, email."normalizedValue" AS email
    FROM (SELECT found.*, row_number() OVER () AS position FROM (${candidates}) found) hit
    LEFT JOIN LATERAL (
      SELECT "normalizedValue" FROM "Identity"
      WHERE "customerId" = hit.id AND "type" = 'email'
      ORDER BY "createdAt", id LIMIT 1
    ) email ON true`;
}

/** The statements that answer a query, tried in turn until one finds someone. */
export function searchSteps(
  plan: SearchPlan,
  visible: Prisma.Sql,
  take: number,
): { sql: Prisma.Sql; isTrigram: boolean }[] {
  if (plan.kind === "none") return [];
  if (plan.kind !== "name") {
    const candidates = identifierCandidates(plan, visible, take);
    return candidates ? [{ sql: candidates, isTrigram: false }] : [];
  }
  const near = nearCandidates(plan.folded, visible, take);
  const trigram = trigramCandidates(plan.folded, visible, take);
  return [
    { sql: nameCandidates(plan.folded, visible, take), isTrigram: false },
    ...(near ? [{ sql: near, isTrigram: false }] : []),
    ...(trigram ? [{ sql: trigram, isTrigram: true }] : []),
  ];
}

async function runSteps(
  plan: SearchPlan,
  visible: Prisma.Sql,
  take: number,
  audit: SearchAudit,
): Promise<HitRow[]> {
  const planned = searchSteps(plan, visible, take);
  if (planned.length === 0) {
    await recordAudit({
      action: "customer.search",
      actor: audit.actor,
      details: { ...auditDetails(audit), results: 0 },
    });
    return [];
  }
  return heavyRead((server) =>
    server.isReplica ? runStepsOn(server, planned, audit) : runAuditedSteps(planned, audit),
  );
}

/** On the primary: each step audits itself in the same statement (search-audit.ts). */
async function runAuditedSteps(
  planned: ReturnType<typeof searchSteps>,
  audit: SearchAudit,
): Promise<HitRow[]> {
  for (const [index, step] of planned.entries()) {
    const statement = audited(
      { candidates: withEmail(step.sql), isLastStep: index === planned.length - 1 },
      audit,
    );
    const rows = step.isTrigram
      ? // The raised threshold is per transaction, so it never leaks into other queries on the connection.
        (
          await db.$transaction([
            db.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(NEAR_MIN_SCORE)}, true)`,
            db.$queryRaw<HitRow[]>(statement),
          ])
        )[1]
      : await db.$queryRaw<HitRow[]>(statement);
    if (rows.length > 0) return rows;
  }
  return [];
}

/**
 * On the read replica, which takes no writes: the steps read there, and the audit entry the answering
 * step would have written goes to the primary after it, with the same details.
 */
async function runStepsOn(
  { db: replica }: ReadServer,
  planned: ReturnType<typeof searchSteps>,
  audit: SearchAudit,
): Promise<HitRow[]> {
  for (const [index, step] of planned.entries()) {
    const statement = Prisma.sql`${PREPARED} SELECT * FROM (${withEmail(step.sql)}) hits ORDER BY position`;
    const rows = step.isTrigram
      ? (
          await replica.$transaction([
            replica.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(NEAR_MIN_SCORE)}, true)`,
            replica.$queryRaw<HitRow[]>(statement),
          ])
        )[1]
      : await replica.$queryRaw<HitRow[]>(statement);
    if (rows.length > 0 || index === planned.length - 1) {
      await recordAudit({
        action: "customer.search",
        actor: audit.actor,
        details: { ...auditDetails(audit), results: Math.min(rows.length, audit.limit) },
      });
      return rows;
    }
  }
  return [];
}

function auditDetails({ query, via }: SearchAudit) {
  return { query, via };
}

function displayValue(kind: IdentifierKind, row: HitRow, mayViewPersonalData: boolean): string {
  const stored = row.normalized ?? row.value ?? "";
  if (!mayViewPersonalData) return maskIdentifier(kind, stored);
  if (kind === "phone") return formatPhone(stored);
  if (kind === "email") return stored;
  return row.value?.trim() || stored;
}

function toHit(row: HitRow, mayViewPersonalData: boolean): CustomerSearchHit {
  const kind = row.kind as IdentifierKind | undefined;
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    preferredName: row.preferredName,
    city: row.city,
    lastSeenAt: row.lastSeenAt,
    firstTouchChannel: row.firstTouchChannel,
    // Masked here, on the server: interns' browsers never receive the address.
    email: row.email && !mayViewPersonalData ? maskEmail(row.email) : row.email,
    match: kind
      ? { kind, value: displayValue(kind, row, mayViewPersonalData) }
      : { kind: row.tier === 1 ? "name" : "similar_name" },
  };
}

export async function searchCustomers(
  actor: Actor,
  input: SearchCustomersInput,
): Promise<CustomerSearchResult> {
  assertCan(actor, "customer.search");
  const { q, limit } = parseInput(searchCustomersQuery, { q: input.q, limit: input.limit });
  const plan = classifySearch(q);
  const visible = customerVisibleToEachRow(actor, Prisma.sql`c.id`);
  // One row more than asked tells whether more customers match, without counting them.
  const rows = await runSteps(plan, visible, limit + 1, { actor, query: q, via: input.via ?? "list", limit });
  const mayViewPersonalData = can(actor.role, "customer.viewPersonalData");
  return {
    query: q,
    // Names and cities come from source systems too ("known only as jan@example.org"): masked whole.
    hits: rows.slice(0, limit).map((row) => {
      const hit = toHit(row, mayViewPersonalData);
      return mayViewPersonalData ? hit : maskDeep(hit);
    }),
    hasMore: rows.length > limit,
    problem: plan.kind === "none" ? plan.reason : null,
  };
}
