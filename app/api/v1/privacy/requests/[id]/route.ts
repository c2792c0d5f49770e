// GET /api/v1/privacy/requests/{id}: a request's status and, for access, a fresh signed download link
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/api/api-route";
import { getPrivacyRequest } from "@/lib/privacy/privacy-requests";
import { UUID_PATTERN } from "@/lib/db/uuid";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ scope: "privacy:write" }, async ({ apiKey, params }) => {
  const id = String(params.id);
  if (!UUID_PATTERN.test(id)) throw new AppError("not_found", "No such privacy request for this API key.");
  return NextResponse.json(await getPrivacyRequest(apiKey, id), { headers: { "Cache-Control": "no-store" } });
});
