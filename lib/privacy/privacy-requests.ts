import "server-only";
import type { ApiKeyPrincipal } from "@/lib/api-keys/authenticate-api-key";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { PrivacyRequest } from "@/lib/generated/prisma/client";
import { normalizeIdentifier } from "@/lib/validation/normalize-identifier";
import type { z } from "zod";
import type { privacyRequestInputSchema, privacyRequestSchema } from "@/lib/validation/privacy";
import { eraseCustomer } from "./erase-customer";
import { dueDateFor } from "./request-deadline";
import { signedDownloadPath } from "./signed-download";

type RequestInput = z.infer<typeof privacyRequestInputSchema>;
type RequestView = z.infer<typeof privacyRequestSchema>;

async function resolveCustomer(input: RequestInput): Promise<string> {
  const value = normalizeIdentifier(input.identifierType, input.identifier);
  const identity = value
    ? await db.identity.findUnique({
        where: { type_normalizedValue: { type: input.identifierType, normalizedValue: value } },
        select: { customerId: true, isShared: true },
      })
    : null;
  if (!identity) throw new AppError("not_found", "No customer has this identifier.");
  // A device several people share names no one person: exporting or erasing by it could hit another.
  if (identity.isShared) {
    const message =
      "This identifier is shared by several customers; use an email address or external user id.";
    throw new AppError("invalid_request", message, { issues: [{ path: "$.identifier", message }] });
  }
  return identity.customerId;
}

/**
 * A source system's data-subject request. Access is answered at once with a signed download link;
 * erasure is carried out at once (the source has already verified the person, as the key's owner
 * agreed when the key got the privacy:write scope). Neither stores the identifier itself.
 */
export async function createPrivacyRequest(
  apiKey: ApiKeyPrincipal,
  input: RequestInput,
): Promise<RequestView> {
  const customerId = await resolveCustomer(input);
  const now = new Date();
  const request = await db.privacyRequest.create({
    data: {
      type: input.type,
      customerId,
      identifierType: input.identifierType,
      requestedVia: apiKey.source,
      apiKeyId: apiKey.id,
      reason: input.reason ?? null,
      dueAt: dueDateFor(now),
      createdAt: now,
    },
  });
  await recordAudit({
    action: "privacy.request",
    actorEmail: `api:${apiKey.source}`,
    customerId,
    details: { requestId: request.id, type: input.type },
  });
  if (input.type === "access") {
    const done = await db.privacyRequest.update({
      where: { id: request.id },
      data: { status: "completed", completedAt: new Date() },
    });
    return viewOf(done, null);
  }
  const erasure = await eraseCustomer(customerId, {
    reason: `Erasure requested by ${apiKey.source}${input.reason ? `: ${input.reason}` : ""}`,
    origin: "api",
    actor: null,
  });
  const done = await db.privacyRequest.update({
    where: { id: request.id },
    data: { status: "completed", completedAt: new Date(), erasureId: erasure.erasureId },
  });
  return viewOf(done, erasure.pseudonym);
}

export async function getPrivacyRequest(apiKey: ApiKeyPrincipal, id: string): Promise<RequestView> {
  const request = await db.privacyRequest.findFirst({ where: { id, apiKeyId: apiKey.id } });
  if (!request) throw new AppError("not_found", "No such privacy request for this API key.");
  const erasure = request.erasureId
    ? await db.erasure.findUnique({ where: { id: request.erasureId }, select: { pseudonym: true } })
    : null;
  return viewOf(request, erasure?.pseudonym ?? null);
}

async function viewOf(request: PrivacyRequest, pseudonym: string | null): Promise<RequestView> {
  const isDownloadable =
    request.type === "access" &&
    request.status === "completed" &&
    request.customerId !== null &&
    (await db.customer.count({ where: { id: request.customerId, erasedAt: null } })) === 1;
  const link = isDownloadable ? signedDownloadPath(request.id) : null;
  return {
    id: request.id,
    type: request.type,
    status: request.status,
    createdAt: request.createdAt.toISOString(),
    dueAt: request.dueAt.toISOString(),
    completedAt: request.completedAt?.toISOString() ?? null,
    ...(pseudonym ? { pseudonym } : {}),
    ...(link ? { download: { url: link.path, expiresAt: link.expiresAt.toISOString() } } : {}),
  };
}
