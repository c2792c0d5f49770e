import "server-only";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { PrivacyExport } from "@/lib/validation/privacy";
import { UUID_PATTERN } from "@/lib/db/uuid";
import { buildCustomerExport } from "./build-customer-export";
import { checkDownloadSignature } from "./signed-download";

/** The export behind a signed link, built fresh at download time and audited as an export. */
export async function downloadExport(
  requestId: string,
  expires: string | null,
  signature: string | null,
): Promise<PrivacyExport> {
  if (!UUID_PATTERN.test(requestId)) throw new AppError("not_found", "No such privacy request.");
  const check = checkDownloadSignature(requestId, expires, signature);
  if (check === "invalid") throw new AppError("forbidden", "This download link is not valid.");
  if (check === "expired")
    throw new AppError("expired", "This download link has expired; GET the request again for a fresh one.");
  const request = await db.privacyRequest.findUnique({ where: { id: requestId } });
  if (!request || request.type !== "access" || !request.customerId)
    throw new AppError("not_found", "No such privacy request.");
  const customer = await db.customer.findUnique({
    where: { id: request.customerId },
    select: { erasedAt: true },
  });
  if (!customer || customer.erasedAt) throw new AppError("erased", "This customer has since been erased.");
  const data = await buildCustomerExport(request.customerId);
  await recordAudit({
    action: "customer.export",
    actorEmail: `api:${request.requestedVia}`,
    customerId: request.customerId,
    details: { format: "json", via: "privacy request", requestId },
  });
  return data;
}
