import "server-only";
import type { Channel, ContactPurpose } from "@/lib/generated/prisma/enums";
import { checkEligibility } from "./check-eligibility";
import { summarizeContactPressure, type ContactPressure } from "./contact-pressure";
import { CONTACT_PURPOSES, type ContactPolicy, type EligibilityResult } from "./eligibility-types";
import { getContactPolicy } from "@/lib/contact-policy/get-contact-policy";
import { loadEligibilityInputs } from "./load-eligibility-inputs";
import { classifyContact, judgeClassifiedContact, purposesToJudge } from "./service-followup";

// Load and evaluate for many customers at once: the greeting card, the boards and the public API.
// Callers pass customers they may see (staff: already scoped; API keys: any customer).

export interface EligibilityRequest {
  customerId: string;
  purpose: ContactPurpose;
  /** Survey: the case or stay it would be about. Service follow-up: the case it answers. */
  subjectRef?: string | null;
  /** Survey and service follow-up: the channel it would use (consent); defaults to email. */
  channel?: Channel;
  isSafetyIssue?: boolean;
}

export interface EligibilityOptions {
  /** Defaults to the current time. */
  now?: Date;
  /** Defaults to the policy in force, read fresh. */
  policy?: ContactPolicy;
}

export interface EligibilityCheck {
  policy: ContactPolicy;
  now: Date;
  /** In request order; null for a customer id that doesn't exist. */
  results: (EligibilityResult | null)[];
}

export async function checkCustomersEligibility(
  requests: readonly EligibilityRequest[],
  options: EligibilityOptions = {},
): Promise<EligibilityCheck> {
  const now = options.now ?? new Date();
  const policy = options.policy ?? (await getContactPolicy());
  // A follow-up is asked about as the reply it would be, and judged as that reply will be once sent.
  const asked = requests.map((request) => ({ request, reply: replyOf(request) }));
  const purposes = [
    ...new Set(asked.flatMap(({ request, reply }) => purposesToJudge(request.purpose, reply))),
  ];
  const histories = await loadEligibilityInputs(
    requests.map((request) => request.customerId),
    {
      now,
      policy,
      purposes,
      subjectCustomerIds: requests
        .filter((request) => request.purpose === "survey" && request.subjectRef)
        .map((request) => request.customerId),
      hasFollowupClaims: purposes.includes("service_followup"),
    },
  );
  const results = asked.map(({ request, reply }) => {
    const history = histories.get(request.customerId);
    if (!history) return null;
    const input = {
      ...history,
      now,
      policy,
      subjectRef: request.subjectRef ?? null,
      channel: request.channel,
      isSafetyIssue: request.isSafetyIssue ?? false,
    };
    if (request.purpose !== "service_followup")
      return checkEligibility({ ...input, purpose: request.purpose });
    // Free only while it answers a live case (the subject) or, off social media, a recent question;
    // otherwise judged as the marketing or unsolicited contact it would be (service-followup.ts).
    // A service_reply is always contact the policy governs, so there is a classification.
    const classification = classifyContact(reply, history, now)!;
    return { ...judgeClassifiedContact(input, classification), purpose: request.purpose };
  });
  return { policy, now, results };
}

/** The message a service follow-up request asks about: a reply on its channel, in its case. */
function replyOf(request: EligibilityRequest) {
  return {
    type: "service_reply",
    direction: "outbound",
    channel: request.channel ?? "email",
    caseRef: request.subjectRef ?? null,
  } as const;
}

export interface CustomerContactStatus {
  results: Partial<Record<ContactPurpose, EligibilityResult>>;
  pressure: ContactPressure;
}

/**
 * For the card and the boards: every asked purpose per customer plus the contact-pressure meter,
 * from one load. Unknown ids are absent.
 */
export async function getCustomersContactStatus(
  customerIds: readonly string[],
  purposes: readonly ContactPurpose[] = CONTACT_PURPOSES,
  options: EligibilityOptions = {},
): Promise<{ policy: ContactPolicy; now: Date; byCustomer: Map<string, CustomerContactStatus> }> {
  const now = options.now ?? new Date();
  const policy = options.policy ?? (await getContactPolicy());
  // The meter needs the marketing window even when only surveys are asked.
  const loadPurposes = [...new Set<ContactPurpose>([...purposes, "marketing_email"])];
  const histories = await loadEligibilityInputs(customerIds, { now, policy, purposes: loadPurposes });
  const byCustomer = new Map<string, CustomerContactStatus>();
  for (const [customerId, history] of histories) {
    const results: CustomerContactStatus["results"] = {};
    for (const purpose of purposes) {
      results[purpose] = checkEligibility({ ...history, now, policy, purpose });
    }
    byCustomer.set(customerId, {
      results,
      pressure: summarizeContactPressure(history.outbound, policy.settings, now),
    });
  }
  return { policy, now, byCustomer };
}
