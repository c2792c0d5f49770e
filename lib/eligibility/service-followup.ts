import type { ContactPurpose, EventType } from "@/lib/generated/prisma/enums";
import { reasonOf } from "./eligibility-copy";
import {
  caseRefOf,
  contactPurposeOf,
  isAddressedToUs,
  marketingPurposeOf,
  normalizeSubjectRef,
  type CaseInput,
  type ContactEventShape,
  type EligibilityInput,
  type EligibilityReason,
  type EligibilityResult,
} from "./eligibility-types";
import { checkEligibility } from "./check-eligibility";

// A service follow-up is exempt from every limit, so saying so must not be enough: it has to answer
// the customer. Anything that claims to be one without that is judged as what it otherwise is, and
// the claim itself is recorded as a violated rule. Pure, like the engine.

/** How long after a case is resolved, or after the customer contacted us, a reply still follows up. */
export const FOLLOWUP_WINDOW_DAYS = 14;
const FOLLOWUP_WINDOW_MS = FOLLOWUP_WINDOW_DAYS * 86_400_000;

/** Inbound events a reply can answer. A public social_mention is not one: replying to it is unsolicited. */
export const FOLLOWUP_INBOUND_TYPES = [
  "service_contact",
  "complaint",
  "info_question",
] as const satisfies readonly EventType[];

export interface InboundContactInput {
  type: EventType;
  occurredAt: Date;
}

/** The customer's cases (open, or resolved within the window) and recent inbound contacts. */
export interface FollowupEvidence {
  cases: readonly CaseInput[];
  inboundContacts: readonly InboundContactInput[];
}

export interface ContactClassification {
  purpose: ContactPurpose;
  /** Set when the event claimed to be a service follow-up and is not one. */
  notFollowup: EligibilityReason | null;
}

/** What a claimed follow-up is judged as when it is none: its type's purpose, else contact on its channel. */
export function purposeUnlessFollowup(event: Pick<ContactEventShape, "type" | "channel">): ContactPurpose {
  if (event.type === "survey_sent") return "survey";
  if (event.channel === "social" && event.type !== "newsletter_sent" && event.type !== "promotion_sent")
    return "proactive_social";
  return marketingPurposeOf(event.channel);
}

/**
 * The purposes whose history judging a contact that claims `claimed` needs: a claimed follow-up may
 * turn out to be what it otherwise is, and is then judged as that.
 */
export function purposesToJudge(
  claimed: ContactPurpose,
  event: Pick<ContactEventShape, "type" | "channel">,
): ContactPurpose[] {
  return claimed === "service_followup" ? [claimed, purposeUnlessFollowup(event)] : [claimed];
}

function isLiveCase(serviceCase: CaseInput, caseRef: string, at: number): boolean {
  if (normalizeSubjectRef(serviceCase.reference) !== caseRef) return false;
  // The case must exist before the reply: a reply that opens its own case answers nobody.
  if (serviceCase.openedAt.getTime() >= at) return false;
  if (serviceCase.status === "open" || serviceCase.status === "pending") return true;
  const endedAt = (serviceCase.closedAt ?? serviceCase.openedAt).getTime();
  return endedAt >= at - FOLLOWUP_WINDOW_MS;
}

function answersInbound(contacts: readonly InboundContactInput[], at: number): boolean {
  return contacts.some((contact) => {
    const contactAt = contact.occurredAt.getTime();
    return contactAt <= at && contactAt > at - FOLLOWUP_WINDOW_MS;
  });
}

/**
 * The purpose an outbound event is judged as at `at`, or null when the policy doesn't govern it.
 * A follow-up names a case of this customer that is open or recently resolved (payload.caseRef or
 * the event's serviceCase), or, off social media, answers an inbound contact of the customer; on
 * social media a post addressed to us (payload.addressedToUs) is solicited as well.
 */
export function classifyContact(
  event: ContactEventShape & { caseRef?: string | null },
  evidence: FollowupEvidence,
  at: Date,
): ContactClassification | null {
  const claimed = contactPurposeOf(event);
  if (claimed !== "service_followup") return claimed && { purpose: claimed, notFollowup: null };
  const time = at.getTime();
  const caseRef = event.caseRef ? normalizeSubjectRef(event.caseRef) : caseRefOf(event.payload);
  const isFollowup =
    (caseRef !== null && evidence.cases.some((serviceCase) => isLiveCase(serviceCase, caseRef, time))) ||
    (event.channel === "social"
      ? isAddressedToUs(event.payload)
      : answersInbound(evidence.inboundContacts, time));
  if (isFollowup) return { purpose: claimed, notFollowup: null };
  const purpose = purposeUnlessFollowup(event);
  return {
    purpose,
    notFollowup: reasonOf("not_a_followup", { key: "notAFollowup", caseRef, judgedAs: purpose }),
  };
}

/** The engine's verdict for a classified contact; a false follow-up claim is always against policy. */
export function judgeClassifiedContact(
  input: Omit<EligibilityInput, "purpose">,
  classification: ContactClassification,
): EligibilityResult {
  const result = checkEligibility({ ...input, purpose: classification.purpose });
  if (!classification.notFollowup) return result;
  return {
    ...result,
    allowed: false,
    reasons: [classification.notFollowup, ...result.reasons],
    earliestAllowedAt: null,
  };
}
