// GET /api/v1/customers/{identifier}/eligibility: may this customer be contacted for a purpose now?
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/api/api-route";
import { english } from "@/lib/i18n/translator";
import { checkIdentifiersEligibility } from "@/lib/eligibility/check-identifiers-eligibility";
import { eligibilityQuerySchema, parseCustomerIdentifier } from "@/lib/validation/eligibility";

export const GET = apiRoute(
  { scope: "eligibility:read", query: eligibilityQuerySchema },
  async ({ query, params }) => {
    const raw = String(params.identifier ?? "");
    const parsed = parseCustomerIdentifier(raw);
    if (!parsed.ok) {
      const problem = english(parsed.problem);
      throw new AppError("invalid_request", `The identifier ${problem}.`, {
        issues: [{ path: "$path.identifier", message: problem }],
      });
    }
    const { policyVersion, checkedAt, results } = await checkIdentifiersEligibility([
      { ...query, identifier: { raw, ...parsed.identifier } },
    ]);
    const answer = results[0];
    if (answer?.status !== "found") {
      throw new AppError("not_found", `No customer has the identifier ${raw.slice(0, 200)}.`);
    }
    const { identifier, customerId, purpose, allowed, reasons, earliestAllowedAt } = answer;
    return NextResponse.json({
      identifier,
      customerId,
      purpose,
      allowed,
      reasons,
      earliestAllowedAt,
      policyVersion,
      checkedAt,
    });
  },
);
