import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCustomersInScope } from "@/lib/auth/customer-scope";
import type { PrivacyExport } from "@/lib/validation/privacy";
import { UUID_PATTERN } from "@/lib/db/uuid";
import { buildCustomerExport } from "./build-customer-export";
import { notFound } from "@/lib/i18n/ref-errors";

/** A staff member's export of one customer in their scope; audited, so the customer can see it. */
export async function exportCustomerData(
  actor: Actor,
  customerId: string,
  format: "json" | "html",
): Promise<PrivacyExport> {
  assertCan(actor, "customer.export");
  if (!UUID_PATTERN.test(customerId)) throw notFound("errors.notFound.customer");
  await assertCustomersInScope(actor, [customerId]);
  const data = await buildCustomerExport(customerId);
  await recordAudit({ action: "customer.export", actor, customerId, details: { format, via: "staff" } });
  return data;
}
