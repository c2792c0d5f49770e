import "server-only";
import { forgetContactBadges } from "@/lib/contact-pressure/contact-badge-cache";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mergeInTransaction, MergeTargetMissingError } from "@/lib/identity/merge-in-transaction";
import { checkReferences } from "./check-references";
import type { ItemOutcome, PreparedItem } from "./ingest-types";
import { loadBatchState, type BatchState } from "./load-batch-state";
import { resolveIdentities, type ResolutionPlan } from "./resolve-identities";
import { retryTransaction, RetryBatchError } from "@/lib/db/retry-transaction";
import { summarizeCustomerChanges } from "./summarize-customer-changes";
import { uuidV7 } from "@/lib/db/uuid-v7";
import { writeBookings } from "./write-bookings";
import { insertConsents, insertFacts, writeServiceCases } from "./write-cases-consents-facts";
import { upsertCustomerLocations, type LocationTouch } from "./upsert-customer-locations";
import { insertCustomers, insertIdentities, markSharedWebIds, updateCustomers } from "./write-customers";
import { judgeOutboundContacts } from "./judge-outbound-contacts";
import { insertEvents, insertOutboundContacts } from "./write-events";
import { writeOrders } from "./write-orders";
import { insertSuggestions } from "./write-suggestions";

type Tx = Prisma.TransactionClient;

/**
 * Writes a batch of validated items in ONE transaction: a crash or error leaves nothing of it.
 * Items refused here (unknown location, incomplete new booking, shared device) get their reasons;
 * the rest is accepted or reported as a duplicate.
 */
export async function ingestBatch(
  source: string,
  items: PreparedItem[],
  rootOf: (index: number) => string,
): Promise<Map<number, ItemOutcome>> {
  if (items.length === 0) return new Map();
  const outcomes = await retryTransaction(() =>
    db.$transaction((tx) => writeBatch(tx, source, items, rootOf), { timeout: 60_000, maxWait: 15_000 }),
  );
  // Committed: boards judge these customers afresh (merged-away ones are off every board anyway).
  forgetContactBadges(
    [...outcomes.values()].flatMap((outcome) => (outcome.status === "accepted" ? [outcome.customerId] : [])),
  );
  return outcomes;
}

async function writeBatch(
  tx: Tx,
  source: string,
  all: PreparedItem[],
  rootOf: (index: number) => string,
): Promise<Map<number, ItemOutcome>> {
  const outcomes = new Map<number, ItemOutcome>();
  const state = await loadBatchState(tx, source, all);
  const seen = new Set<string>();
  let items = all.filter((item) => {
    const id = item.event?.sourceEventId;
    if (id === undefined) return true;
    const isDuplicate = state.duplicates.has(id) || seen.has(id);
    seen.add(id);
    if (isDuplicate) outcomes.set(item.index, { status: "duplicate", warnings: item.warnings });
    return !isDuplicate;
  });

  // Rejections can only shrink the batch, so this settles within a few rounds.
  let plan: ResolutionPlan;
  for (;;) {
    const refused = checkReferences(items, state, rootOf);
    plan = resolveIdentities({
      items: items.filter((i) => !refused.has(i.index)),
      known: state.known,
      knownStrong: state.knownStrong,
      webIdSightings: state.webIdSightings,
      newId: () => uuidV7(),
    });
    for (const [index, issues] of plan.rejected)
      refused.set(
        index,
        issues.map((issue) => ({ ...issue, path: `${rootOf(index)}.${issue.path}` })),
      );
    if (refused.size === 0) break;
    for (const [index, errors] of refused) outcomes.set(index, { status: "rejected", errors });
    items = items.filter((item) => !refused.has(item.index));
  }

  const changes = summarizeCustomerChanges(items, plan.customerOf);
  await insertCustomers(tx, plan.newCustomers, changes);
  for (const merge of plan.merges) {
    try {
      await mergeInTransaction(tx, {
        ...merge,
        reason:
          merge.kind === "web_id"
            ? "automatic: anonymous browser identified"
            : `automatic: shared ${merge.kind.replace(/_/g, " ")}`,
        identityType: merge.kind,
        mergedById: null,
      });
    } catch (error) {
      if (error instanceof MergeTargetMissingError) throw new RetryBatchError(error.message);
      throw error;
    }
  }
  await insertIdentities(tx, source, plan.newIdentities);
  await markSharedWebIds(tx, plan.sharedWebIds);
  await writeItems(tx, source, items, plan, state, outcomes, changes);
  await updateCustomers(tx, changes, state.customers);
  await insertSuggestions(tx, plan.suggestions);
  return outcomes;
}

async function writeItems(
  tx: Tx,
  source: string,
  items: PreparedItem[],
  plan: ResolutionPlan,
  state: BatchState,
  outcomes: Map<number, ItemOutcome>,
  changes: ReturnType<typeof summarizeCustomerChanges>,
): Promise<void> {
  const locationOf = (code: string | null | undefined) =>
    code ? (state.locations.get(code.toUpperCase())?.id ?? null) : null;
  const touches: LocationTouch[] = [];
  const rows = items.flatMap((item) => {
    const customerId = plan.customerOf.get(item.index)!;
    if (!item.event) {
      outcomes.set(item.index, { status: "accepted", customerId, warnings: item.warnings });
      return [];
    }
    const id = uuidV7();
    const locationId = locationOf(item.event.locationCode);
    outcomes.set(item.index, { status: "accepted", customerId, eventId: id, warnings: item.warnings });
    if (locationId) touches.push({ customerId, locationId, at: item.event.occurredAt });
    return [{ id, index: item.index, customerId, locationId, event: item.event }];
  });
  const judgements = await judgeOutboundContacts(tx, rows, changes, new Set(plan.newCustomers));
  for (const row of rows) {
    const judgement = judgements.get(row.id);
    const outcome = outcomes.get(row.index);
    if (judgement && outcome?.status === "accepted")
      outcome.policy = { withinPolicy: judgement.withinPolicy, violatedRules: judgement.violatedRules };
  }
  await insertEvents(tx, source, rows, judgements);
  await insertOutboundContacts(tx, source, rows, judgements);

  const withDetail = (pick: (row: (typeof rows)[number]) => unknown) =>
    rows.filter((row) => pick(row) !== undefined);
  await writeBookings(
    tx,
    source,
    withDetail((r) => r.event.booking).map((r) => ({
      ...r,
      type: r.event.type,
      occurredAt: r.event.occurredAt,
      channel: r.event.channel,
      booking: r.event.booking!,
      bookingLocationId: locationOf(r.event.booking!.locationCode),
    })),
    new Set(state.bookings.keys()),
    touches,
  );
  await writeOrders(
    tx,
    source,
    withDetail((r) => r.event.order).map((r) => ({
      customerId: r.customerId,
      type: r.event.type,
      occurredAt: r.event.occurredAt,
      channel: r.event.channel,
      order: r.event.order!,
      pickupLocationId: locationOf(r.event.order!.pickupLocationCode),
    })),
    state.orders,
    touches,
  );
  await writeServiceCases(
    tx,
    source,
    withDetail((r) => r.event.serviceCase),
    state.cases,
    touches,
  );
  await insertConsents(
    tx,
    source,
    withDetail((r) => r.event.consent),
  );
  await insertFacts(
    tx,
    source,
    withDetail((r) => r.event.fact),
    touches,
  );
  await upsertCustomerLocations(tx, touches);
}
