import "server-only";
import type { ErrorIssue } from "@/lib/errors";
import { CustomerErasedError } from "./load-batch-state";
import { findSuppressed } from "@/lib/privacy/find-suppressed";
import type { ItemResult } from "@/lib/validation/events";
import { ingestBatch } from "./ingest-batch";
import type { ItemOutcome, PreparedItem } from "./ingest-types";
import { prepareCustomerItem, prepareEventItem, type Prepared } from "./prepare-item";

/** An item's result; its issues carry references only when asked for (IngestOptions.withRefs). */
export type IngestItemResult = ItemResult & { errors?: ErrorIssue[]; warnings?: ErrorIssue[] };

export interface BatchResult {
  accepted: number;
  duplicates: number;
  rejected: number;
  suppressed: number;
  results: IngestItemResult[];
}

export interface IngestOptions {
  /**
   * Keep each issue's message reference, for a caller that says them in a staff member's language
   * (the CSV import). The public API answers without them: its documented issue is {path, message}.
   */
  withRefs?: boolean;
}

function toResult(
  index: number,
  outcome: ItemOutcome,
  sourceEventId: string | undefined,
  { withRefs = false }: IngestOptions,
): IngestItemResult {
  const said = (issues: ErrorIssue[]) =>
    withRefs ? issues : issues.map(({ path, message }) => ({ path, message }));
  const base = { index, ...(sourceEventId !== undefined ? { sourceEventId } : {}) };
  if (outcome.status === "rejected") return { ...base, status: "rejected", errors: said(outcome.errors) };
  if (outcome.status === "suppressed") return { ...base, status: "suppressed" };
  const warnings = outcome.warnings.length ? { warnings: said(outcome.warnings) } : {};
  if (outcome.status === "duplicate") return { ...base, status: "duplicate", ...warnings };
  return {
    ...base,
    status: "accepted",
    customerId: outcome.customerId,
    ...(outcome.eventId ? { eventId: outcome.eventId } : {}),
    ...(outcome.policy ? { policy: outcome.policy } : {}),
    ...warnings,
  };
}

/**
 * Drops items of erased customers, then writes the rest. An erasure that commits while the batch
 * waits for its row locks makes the batch start over, so its suppression is seen.
 */
async function ingestUnsuppressed(
  source: string,
  usable: PreparedItem[],
  rootOf: (index: number) => string,
): Promise<Map<number, ItemOutcome>> {
  for (let attempt = 1; ; attempt++) {
    const suppressed = await findSuppressed(usable);
    const outcomes = new Map<number, ItemOutcome>(
      [...suppressed].map((index) => [index, { status: "suppressed" }]),
    );
    const valid = usable.filter((item) => !suppressed.has(item.index));
    try {
      for (const [index, outcome] of await ingestBatch(source, valid, rootOf)) outcomes.set(index, outcome);
      return outcomes;
    } catch (error) {
      if (!(error instanceof CustomerErasedError) || attempt >= 3) throw error;
    }
  }
}

export async function runPrepared(
  source: string,
  prepared: Prepared[],
  rootOf: (index: number) => string,
  idOf: (index: number) => string | undefined,
  options: IngestOptions = {},
): Promise<BatchResult> {
  const usable: PreparedItem[] = [];
  const outcomes = new Map<number, ItemOutcome>();
  prepared.forEach((entry, index) => {
    if (entry.ok) usable.push(entry.item);
    else outcomes.set(index, { status: "rejected", errors: entry.errors });
  });
  for (const [index, outcome] of await ingestUnsuppressed(source, usable, rootOf))
    outcomes.set(index, outcome);
  const results = prepared.map((_, index) => toResult(index, outcomes.get(index)!, idOf(index), options));
  return {
    accepted: results.filter((r) => r.status === "accepted").length,
    duplicates: results.filter((r) => r.status === "duplicate").length,
    rejected: results.filter((r) => r.status === "rejected").length,
    suppressed: results.filter((r) => r.status === "suppressed").length,
    results,
  };
}

function sourceEventIdOf(raw: unknown): string | undefined {
  const id =
    raw !== null && typeof raw === "object" ? (raw as { sourceEventId?: unknown }).sourceEventId : undefined;
  return typeof id === "string" && id.length <= 200 ? id : undefined;
}

/** POST /api/v1/events: each event is validated alone, then all valid ones are written together. */
export async function ingestEvents(
  source: string,
  events: unknown[],
  options: IngestOptions = {},
): Promise<BatchResult> {
  const prepared = events.map((raw, index) => prepareEventItem(raw, index, source));
  return runPrepared(
    source,
    prepared,
    (index) => `$.events[${index}]`,
    (index) => sourceEventIdOf(events[index]),
    options,
  );
}

/** POST /api/v1/customers: upserts traits and identifiers, resolving and merging like events do. */
export async function upsertCustomers(
  source: string,
  customers: unknown[],
  options: IngestOptions = {},
): Promise<BatchResult> {
  const prepared = customers.map((raw, index) => prepareCustomerItem(raw, index));
  return runPrepared(
    source,
    prepared,
    (index) => `$.customers[${index}]`,
    () => undefined,
    options,
  );
}
