import "server-only";
import {
  consentPurposeOfEvent,
  type ContactPolicy,
  type OutboundContactInput,
} from "@/lib/eligibility/eligibility-types";
import { getContactPolicy } from "@/lib/contact-policy/get-contact-policy";
import { loadEligibilityInputs } from "@/lib/eligibility/load-eligibility-inputs";
import {
  classifyContact,
  judgeClassifiedContact,
  purposeUnlessFollowup,
  type ContactClassification,
} from "@/lib/eligibility/service-followup";
import { db } from "@/lib/db/client";
import type { Channel, ContactPurpose, EventType } from "@/lib/generated/prisma/enums";

// Judges outbound contacts that were stored without a judgement (history loaded in bulk, or sent
// before the contact policy existed), each at its own time against the policy in force now.

const CUSTOMERS_PER_ROUND = 1000;

interface StoredContact {
  eventId: string;
  customerId: string;
  purpose: ContactPurpose;
  channel: Channel;
  occurredAt: Date;
  subjectRef: string | null;
  type: EventType;
  /** Only the payload keys that classify a contact (contactPurpose, caseRef, addressedToUs, safetyIssue). */
  payload: Record<string, unknown>;
}

export interface EvaluationProgress {
  customers: number;
  contacts: number;
  againstPolicy: number;
}

interface Verdict {
  eventId: string;
  purpose: ContactPurpose;
  withinPolicy: boolean;
  rules: string[];
}

export async function evaluateStoredContacts(
  since: Date,
  onProgress: (progress: EvaluationProgress) => void = () => undefined,
): Promise<EvaluationProgress> {
  const policy = await getContactPolicy();
  const now = new Date();
  const progress: EvaluationProgress = { customers: 0, contacts: 0, againstPolicy: 0 };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const ids = await nextCustomers(since, after);
    if (ids.length === 0) return progress;
    after = ids[ids.length - 1]!;
    const verdicts = await judgeRound(ids, await loadUnjudged(ids, since), { since, now, policy });
    await storeVerdicts(verdicts, policy.version);
    progress.customers += ids.length;
    progress.contacts += verdicts.length;
    progress.againstPolicy += verdicts.filter((verdict) => !verdict.withinPolicy).length;
    onProgress(progress);
  }
}

/** The next round of customers with unjudged contacts, after `after` in uuid order. */
async function nextCustomers(since: Date, after: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ customerId: string }[]>`
    SELECT "customerId"::text AS "customerId" FROM (
      -- Ordered as uuids, not as text: the keyset compares uuids.
      SELECT DISTINCT "customerId" FROM "OutboundContact"
      WHERE "withinPolicy" IS NULL AND "occurredAt" >= ${since} AND "customerId" > ${after}::uuid
      ORDER BY "customerId" LIMIT ${CUSTOMERS_PER_ROUND}
    ) AS page ORDER BY page."customerId"`;
  return rows.map((row) => row.customerId);
}

function loadUnjudged(ids: string[], since: Date): Promise<StoredContact[]> {
  return db.$queryRaw<StoredContact[]>`
    SELECT oc."eventId"::text, oc."customerId"::text, oc.purpose::text, oc.channel::text, oc."occurredAt", oc."subjectRef",
      e.type::text, jsonb_strip_nulls(jsonb_build_object('contactPurpose', e.payload->'contactPurpose',
        'caseRef', e.payload->'caseRef', 'addressedToUs', e.payload->'addressedToUs', 'safetyIssue', e.payload->'safetyIssue')) AS payload
    FROM "OutboundContact" oc JOIN "JourneyEvent" e ON e.id = oc."eventId"
    WHERE oc."customerId" = ANY(${ids}::uuid[]) AND oc."withinPolicy" IS NULL AND oc."occurredAt" >= ${since}`;
}

const isFollowup = (contact: StoredContact) => contact.purpose === "service_followup";

/** Each contact judged at its own time, with the history before it (false follow-ups corrected). */
async function judgeRound(
  ids: string[],
  contacts: StoredContact[],
  { since, now, policy }: { since: Date; now: Date; policy: ContactPolicy },
): Promise<Verdict[]> {
  const histories = await loadEligibilityInputs(ids, {
    now,
    from: since,
    policy,
    purposes: [
      ...new Set(
        contacts.flatMap((c) => (isFollowup(c) ? [c.purpose, purposeUnlessFollowup(c)] : [c.purpose])),
      ),
    ],
    subjectCustomerIds: ids,
    extraConsentPurposes: ["newsletter", "promotions"],
    hasFollowupClaims: contacts.some(isFollowup),
  });
  const classified = contacts.map((contact) => {
    const history = histories.get(contact.customerId);
    // Stored purposes are trusted, except a follow-up, which has to prove itself at its time.
    const classification: ContactClassification = (history && isFollowup(contact)
      ? classifyContact({ ...contact, direction: "outbound" }, history, contact.occurredAt)
      : null) ?? { purpose: contact.purpose, notFollowup: null };
    return { contact, classification };
  });
  const corrected = correctedOutbound(histories, classified);
  return classified.flatMap(({ contact, classification }) => {
    const history = histories.get(contact.customerId);
    if (!history) return [];
    const at = contact.occurredAt.getTime();
    const before = <T extends { occurredAt: Date }>(items: readonly T[]) =>
      items.filter((item) => item.occurredAt.getTime() < at);
    const consentPurpose = consentPurposeOfEvent(contact);
    const result = judgeClassifiedContact(
      {
        customer: history.customer,
        outbound: before(corrected.get(contact.customerId) ?? history.outbound),
        interactions: before(history.interactions),
        cases: history.cases,
        consents: history.consents,
        now: contact.occurredAt,
        policy,
        subjectRef: contact.subjectRef,
        channel: contact.channel,
        consentPurposes: consentPurpose ? [consentPurpose] : undefined,
        isSafetyIssue: contact.payload.safetyIssue === true,
      },
      classification,
    );
    const rules = result.reasons.map((reason) => reason.rule);
    return [
      { eventId: contact.eventId, purpose: classification.purpose, withinPolicy: result.allowed, rules },
    ];
  });
}

async function storeVerdicts(verdicts: Verdict[], policyVersion: number): Promise<void> {
  const payload = JSON.stringify(verdicts);
  await db.$transaction([
    db.$executeRaw`
      UPDATE "OutboundContact" oc SET "withinPolicy" = x."withinPolicy", "policyVersion" = ${policyVersion},
        purpose = x.purpose::"ContactPurpose", "violatedRules" = ARRAY(SELECT jsonb_array_elements_text(x.rules))
      FROM jsonb_to_recordset(${payload}::jsonb) AS x("eventId" uuid, purpose text, "withinPolicy" boolean, rules jsonb)
      WHERE oc."eventId" = x."eventId"`,
    db.$executeRaw`
      UPDATE "JourneyEvent" e SET "withinPolicy" = x."withinPolicy"
      FROM jsonb_to_recordset(${payload}::jsonb) AS x("eventId" uuid, "withinPolicy" boolean)
      WHERE e.id = x."eventId"`,
  ]);
}

/**
 * The loaded outbound history of customers with false follow-ups in this round, those rows changed
 * to what they were judged as, so they count toward later contacts. Rows alike in time, channel and
 * purpose are interchangeable, so any one of them may be changed.
 */
function correctedOutbound(
  histories: ReadonlyMap<string, { outbound: readonly OutboundContactInput[] }>,
  classified: readonly { contact: StoredContact; classification: ContactClassification }[],
): Map<string, OutboundContactInput[]> {
  const corrected = new Map<string, OutboundContactInput[]>();
  for (const { contact, classification } of classified) {
    if (classification.purpose === contact.purpose) continue;
    const outbound = corrected.get(contact.customerId) ?? [
      ...(histories.get(contact.customerId)?.outbound ?? []),
    ];
    corrected.set(contact.customerId, outbound);
    const index = outbound.findIndex(
      (row) =>
        row.purpose === contact.purpose &&
        row.channel === contact.channel &&
        row.occurredAt.getTime() === contact.occurredAt.getTime(),
    );
    if (index >= 0) outbound[index] = { ...outbound[index]!, purpose: classification.purpose };
  }
  return corrected;
}
