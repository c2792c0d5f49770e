import "server-only";
import {
  paymentAmountOf,
  type CaseInput,
  type ConsentInput,
  type InteractionInput,
} from "@/lib/eligibility/eligibility-types";
import { FOLLOWUP_INBOUND_TYPES, type InboundContactInput } from "@/lib/eligibility/service-followup";
import type { EventRow } from "./ingest-types";

// What a batch itself adds to each customer's history before any of it is stored: the judge reads
// history outside the batch's transaction, yet a contact must count what came earlier in the batch.

export interface BatchHistory {
  interactions: InteractionInput[];
  consents: ConsentInput[];
  inboundContacts: InboundContactInput[];
  /** Cases the customer opened in this batch, in their state after it (as writeServiceCases stores them). */
  cases: CaseInput[];
}

const INBOUND_CONTACT_TYPES: ReadonlySet<string> = new Set(FOLLOWUP_INBOUND_TYPES);

export function batchHistories(rows: readonly EventRow[]): Map<string, BatchHistory> {
  const result = new Map<string, BatchHistory>();
  const of = (customerId: string) => {
    const history = result.get(customerId) ?? {
      interactions: [],
      consents: [],
      inboundContacts: [],
      cases: [],
    };
    result.set(customerId, history);
    return history;
  };
  for (const { customerId, event } of rows) {
    const history = of(customerId);
    const { type, occurredAt } = event;
    history.interactions.push({ type, occurredAt, amount: paymentAmountOf(type, event.payload) });
    if (event.consent) history.consents.push({ ...event.consent, occurredAt });
    if (event.direction === "inbound" && INBOUND_CONTACT_TYPES.has(type))
      history.inboundContacts.push({ type, occurredAt });
  }
  for (const [customerId, serviceCase] of batchCases(rows)) of(customerId).cases.push(serviceCase);
  return result;
}

function batchCases(rows: readonly EventRow[]): [string, CaseInput][] {
  const cases = new Map<string, [string, CaseInput]>();
  const withCase = rows.filter((row) => row.event.serviceCase);
  withCase.sort((a, b) => a.event.occurredAt.getTime() - b.event.occurredAt.getTime());
  for (const { customerId, event } of withCase) {
    const detail = event.serviceCase!;
    let entry = cases.get(detail.reference);
    if (!entry) {
      // Only the customer's own contact opens a case that a reply can follow up.
      if (event.direction !== "inbound") continue;
      entry = [
        customerId,
        {
          reference: detail.reference,
          kind: event.type === "complaint" ? "complaint" : "question",
          status: "open",
          openedAt: event.occurredAt,
          closedAt: null,
        },
      ];
      cases.set(detail.reference, entry);
    }
    const serviceCase = entry[1];
    if (detail.kind) serviceCase.kind = detail.kind;
    if (event.type === "case_resolved")
      Object.assign(serviceCase, { status: "resolved", closedAt: event.occurredAt });
    if (detail.status) serviceCase.status = detail.status;
    if (detail.status === "resolved" || detail.status === "closed") serviceCase.closedAt ??= event.occurredAt;
  }
  return [...cases.values()];
}
