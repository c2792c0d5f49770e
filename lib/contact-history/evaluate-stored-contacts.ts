import "server-only";
import { checkEligibility } from "@/lib/contact/check-eligibility";
import { getContactPolicy } from "@/lib/contact/get-contact-policy";
import { loadEligibilityInputs } from "@/lib/contact/load-eligibility-inputs";
import { db } from "@/lib/db";
import type { Channel, ContactPurpose } from "@/lib/generated/prisma/enums";

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
  type: string;
}

export interface EvaluationProgress {
  customers: number;
  contacts: number;
  againstPolicy: number;
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
    const customers = await db.$queryRaw<{ customerId: string }[]>`
      SELECT "customerId"::text AS "customerId" FROM (
        -- Ordered as uuids, not as text: the keyset below compares uuids.
        SELECT DISTINCT "customerId" FROM "OutboundContact"
        WHERE "withinPolicy" IS NULL AND "occurredAt" >= ${since} AND "customerId" > ${after}::uuid
        ORDER BY "customerId" LIMIT ${CUSTOMERS_PER_ROUND}
      ) AS page ORDER BY page."customerId"`;
    if (customers.length === 0) return progress;
    const ids = customers.map((row) => row.customerId);
    after = ids[ids.length - 1]!;
    const contacts = await db.$queryRaw<StoredContact[]>`
      SELECT oc."eventId"::text, oc."customerId"::text, oc.purpose::text, oc.channel::text, oc."occurredAt", oc."subjectRef",
        e.type::text
      FROM "OutboundContact" oc JOIN "JourneyEvent" e ON e.id = oc."eventId"
      WHERE oc."customerId" = ANY(${ids}::uuid[]) AND oc."withinPolicy" IS NULL AND oc."occurredAt" >= ${since}`;
    const histories = await loadEligibilityInputs(ids, {
      now,
      from: since,
      policy,
      purposes: [...new Set(contacts.map((contact) => contact.purpose))],
      subjectCustomerIds: ids,
      extraConsentPurposes: ["newsletter", "promotions"],
    });
    const judged = contacts.flatMap((contact) => {
      const history = histories.get(contact.customerId);
      if (!history) return [];
      const at = contact.occurredAt.getTime();
      const before = <T extends { occurredAt: Date }>(items: readonly T[]) =>
        items.filter((item) => item.occurredAt.getTime() < at);
      const result = checkEligibility({
        customer: history.customer,
        outbound: before(history.outbound),
        interactions: before(history.interactions),
        cases: history.cases,
        consents: before(history.consents),
        now: contact.occurredAt,
        policy,
        purpose: contact.purpose,
        subjectRef: contact.subjectRef,
        channel: contact.channel,
        consentPurposes:
          contact.type === "newsletter_sent"
            ? ["newsletter"]
            : contact.type === "promotion_sent"
              ? ["promotions"]
              : undefined,
      });
      return [
        { eventId: contact.eventId, withinPolicy: result.allowed, rules: result.reasons.map((r) => r.rule) },
      ];
    });
    const payload = JSON.stringify(judged);
    await db.$transaction([
      db.$executeRaw`
        UPDATE "OutboundContact" oc SET "withinPolicy" = x."withinPolicy", "policyVersion" = ${policy.version},
          "violatedRules" = ARRAY(SELECT jsonb_array_elements_text(x.rules))
        FROM jsonb_to_recordset(${payload}::jsonb) AS x("eventId" uuid, "withinPolicy" boolean, rules jsonb)
        WHERE oc."eventId" = x."eventId"`,
      db.$executeRaw`
        UPDATE "JourneyEvent" e SET "withinPolicy" = x."withinPolicy"
        FROM jsonb_to_recordset(${payload}::jsonb) AS x("eventId" uuid, "withinPolicy" boolean)
        WHERE e.id = x."eventId"`,
    ]);
    progress.customers += ids.length;
    progress.contacts += judged.length;
    progress.againstPolicy += judged.filter((j) => !j.withinPolicy).length;
    onProgress(progress);
  }
}
