import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  contactPolicySettingsSchema,
  DEFAULT_CONTACT_POLICY,
  type ContactPolicy,
} from "@/lib/validation/contact-policy";
import { englishIssues, fieldPath } from "@/lib/validation/parse";

/**
 * The policy in force: the highest saved version, or the built-in defaults as version 0. Read on
 * every call (one indexed row), never cached, so a saved change shows on the next card and API call.
 * Inside a transaction pass its client, so the read doesn't wait for a second pooled connection.
 */
export async function getContactPolicy(client: Prisma.TransactionClient = db): Promise<ContactPolicy> {
  const latest = await client.contactPolicy.findFirst({
    orderBy: { version: "desc" },
    select: { version: true, settings: true },
  });
  if (!latest) return { version: 0, settings: DEFAULT_CONTACT_POLICY };
  const parsed = contactPolicySettingsSchema.safeParse(latest.settings);
  // The admin form stores only valid settings; anything else is a bug to surface, not to paper over
  // with defaults that might allow what the admin forbade.
  if (!parsed.success) {
    throw new Error(
      `Contact policy version ${latest.version} is invalid: ${englishIssues(parsed.error.issues, fieldPath)[0]?.message}`,
    );
  }
  return { version: latest.version, settings: parsed.data };
}
