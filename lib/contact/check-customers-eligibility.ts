import "server-only";
import type { Channel, ContactPurpose } from "@/lib/generated/prisma/enums";
import { checkEligibility } from "./check-eligibility";
import { summarizeContactPressure, type ContactPressure } from "./contact-pressure";
import {
  CONTACT_PURPOSES,
  type ContactPolicy,
  type EligibilityInput,
  type EligibilityResult,
} from "./eligibility-types";
import { getContactPolicy } from "./get-contact-policy";
import { loadEligibilityInputs, type CustomerHistory } from "./load-eligibility-inputs";
import { classifyContact, judgeClassifiedContact, purposeUnlessFollowup } from "./service-followup";

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
  const histories = await loadEligibilityInputs(
    requests.map((request) => request.customerId),
    {
      now,
      policy,
      // A follow-up that answers nothing is judged as what it would be, so read that purpose's history too.
      purposes: [
        ...new Set(
          requests.flatMap((request) =>
            request.purpose === "service_followup"
              ? [
                  request.purpose,
                  purposeUnlessFollowup({ type: "service_reply", channel: request.channel ?? "email" }),
                ]
              : [request.purpose],
          ),
        ),
      ],
      subjectCustomerIds: requests
        .filter((request) => request.purpose === "survey" && request.subjectRef)
        .map((request) => request.customerId),
      hasFollowupClaims: requests.some((request) => request.purpose === "service_followup"),
    },
  );
  const results = requests.map((request) => {
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
    return { ...judgeFollowup(input, request), purpose: request.purpose };
  });
  return { policy, now, results };
}

/**
 * A follow-up is only free while it answers the customer: a case of theirs that is open or recently
 * resolved (the request's subject), or, off social media, a recent question of theirs. Otherwise it
 * is judged as what sending it would be, exactly as the recorded message will be
 * (lib/contact/service-followup.ts), so the answer here and the later verdict agree.
 */
function judgeFollowup(
  input: Omit<EligibilityInput, "purpose"> & Pick<CustomerHistory, "inboundContacts">,
  request: EligibilityRequest,
): EligibilityResult {
  const channel = request.channel ?? "email";
  const classification = classifyContact(
    { type: "service_reply", direction: "outbound", channel, caseRef: request.subjectRef ?? null },
    { cases: input.cases, inboundContacts: input.inboundContacts },
    input.now,
  );
  // A service_reply is always contact the policy governs, so there is a classification.
  return judgeClassifiedContact({ ...input, channel }, classification!);
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
