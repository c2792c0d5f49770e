import "server-only";
import type { Channel, ContactPurpose } from "@/lib/generated/prisma/enums";
import type { CustomerIdentifier, EligibilityBatchResponse } from "@/lib/validation/eligibility";
import { checkCustomersEligibility } from "./check-customers-eligibility";
import { getContactPolicy } from "@/lib/contact-policy/get-contact-policy";
import { resolveCustomerIdentifiers } from "./resolve-customer-identifiers";

// The public API's view: identifiers in, one verdict or not_found per identifier out.

export interface IdentifierRequest {
  identifier: CustomerIdentifier & { raw: string };
  purpose: ContactPurpose;
  subject?: string;
  channel?: Channel;
  safetyIssue?: boolean;
}

export async function checkIdentifiersEligibility(
  requests: readonly IdentifierRequest[],
): Promise<EligibilityBatchResponse> {
  // Independent reads side by side: one round trip fewer per request.
  const [policy, customerIds] = await Promise.all([
    getContactPolicy(),
    resolveCustomerIdentifiers(requests.map((request) => request.identifier)),
  ]);
  const found = requests.flatMap((request, index) => {
    const customerId = customerIds[index];
    return customerId ? [{ index, customerId, request }] : [];
  });
  const { now, results } = await checkCustomersEligibility(
    found.map(({ customerId, request }) => ({
      customerId,
      purpose: request.purpose,
      subjectRef: request.subject ?? null,
      channel: request.channel,
      isSafetyIssue: request.safetyIssue,
    })),
    { policy },
  );
  const verdicts = new Map(
    found.map((item, position) => [item.index, { ...item, result: results[position] }]),
  );
  const answers = requests.map((request, index): EligibilityBatchResponse["results"][number] => {
    const verdict = verdicts.get(index);
    // A customer merged away or erased between the two reads is as good as unknown.
    if (!verdict?.result) {
      return { index, identifier: request.identifier.raw, status: "not_found", purpose: request.purpose };
    }
    const { result } = verdict;
    return {
      index,
      identifier: request.identifier.raw,
      status: "found",
      customerId: verdict.customerId,
      purpose: result.purpose,
      allowed: result.allowed,
      // The API's reasons are the rule and its English sentence; the data behind it is for staff screens.
      reasons: result.reasons.map(({ rule, message }) => ({ rule, message })),
      earliestAllowedAt: result.earliestAllowedAt?.toISOString() ?? null,
    };
  });
  const foundCount = answers.filter((answer) => answer.status === "found").length;
  return {
    policyVersion: policy.version,
    checkedAt: now.toISOString(),
    found: foundCount,
    notFound: answers.length - foundCount,
    results: answers,
  };
}
