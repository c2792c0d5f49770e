// POST /api/v1/privacy/requests: start a data-subject access or erasure request for one identifier
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/api-route";
import { createPrivacyRequest } from "@/lib/privacy/privacy-requests";
import { privacyRequestInputSchema } from "@/lib/validation/privacy";

export const POST = apiRoute(
  { scope: "privacy:write", body: privacyRequestInputSchema, isIdempotent: true },
  async ({ apiKey, body }) => NextResponse.json(await createPrivacyRequest(apiKey, body), { status: 201 }),
);
