// POST /api/v1/eligibility: may these customers (up to 1,000) be contacted, each for a purpose?
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/api-route";
import { checkIdentifiersEligibility } from "@/lib/eligibility/check-identifiers-eligibility";
import { eligibilityBatchSchema } from "@/lib/validation/eligibility";

export const POST = apiRoute({ scope: "eligibility:read", body: eligibilityBatchSchema }, async ({ body }) =>
  NextResponse.json(await checkIdentifiersEligibility(body)),
);
