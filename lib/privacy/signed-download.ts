import "server-only";
import { timingSafeEqual } from "node:crypto";
import { signDownload } from "./privacy-keys";

// A download link is its own credential (a browser or a mail client can follow it without the API
// key), so it is short-lived and names exactly one request.
export const DOWNLOAD_TTL_SECONDS = 15 * 60;

export function signedDownloadPath(requestId: string, now = Date.now()): { path: string; expiresAt: Date } {
  const expires = Math.floor(now / 1000) + DOWNLOAD_TTL_SECONDS;
  const signature = signDownload(`${requestId}.${expires}`);
  return {
    path: `/api/v1/privacy/requests/${requestId}/download?expires=${expires}&signature=${signature}`,
    expiresAt: new Date(expires * 1000),
  };
}

/** "ok", or why the link no longer opens. */
export function checkDownloadSignature(
  requestId: string,
  expires: string | null,
  signature: string | null,
  now = Date.now(),
): "ok" | "invalid" | "expired" {
  if (!expires || !signature || !/^\d{1,12}$/.test(expires)) return "invalid";
  const expected = Buffer.from(signDownload(`${requestId}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  return Number(expires) * 1000 < now ? "expired" : "ok";
}
