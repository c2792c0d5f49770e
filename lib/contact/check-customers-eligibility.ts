import "server-only";
import type { Channel, ContactPurpose } from "@/lib/generated/prisma/enums";
import { checkEligibility } from "./check-eligibility";
import { summarizeContactPressure, type ContactPressure } from "./contact-pressure";
import { CONTACT_PURPOSES, type ContactPolicy, type EligibilityResult } from "./eligibility-types";
import { getContactPolicy } from "./get-contact-policy";
import { loadEligibilityInputs } from "./load-eligibility-inputs";

// Load and evaluate for many customers at once: the greeting card, the boards and the public API.
// Callers pass customers they may see (staff: already scoped; API keys: any customer).

export interface EligibilityRequest {
  customerId: string;
  purpose: ContactPurpose;
  /** Survey: the case or stay it would be about. */
  subjectRef?: string | null;
  /** Survey: the channel it would use (consent); defaults to email. */
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
      purposes: [...new Set(requests.map((request) => request.purpose))],
      subjectCustomerIds: requests
        .filter((request) => request.purpose === "survey" && request.subjectRef)
        .map((request) => request.customerId),
    },
  );
  const results = requests.map((request) => {
    const history = histories.get(request.customerId);
    if (!history) return null;
    return checkEligibility({
      ...history,
      now,
      policy,
      purpose: request.purpose,
      subjectRef: request.subjectRef ?? null,
      channel: request.channel,
      isSafetyIssue: request.isSafetyIssue ?? false,
    });
  });
  return { policy, now, results };
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
