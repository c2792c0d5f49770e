import { z } from "zod";
import type { Messages } from "next-intl";
import { issueMessage, messageRef } from "@/lib/i18n/message-ref";

// The retention policy (GDPR Art. 5(1)(e), storage limitation). Shared by the admin form and the
// server, so nothing server-only here.

type FieldLabel = keyof Messages["validation"]["retention"]["fields"];

const days = (field: FieldLabel, min: number) => {
  // The field's label as a reference, said in the same language as the sentence around it.
  const label = messageRef(`validation.retention.fields.${field}`);
  return z.coerce
    .number({ error: issueMessage("validation.retention.days", { field: label }) })
    .int({ error: issueMessage("validation.retention.wholeDays", { field: label }) })
    .min(min, { error: issueMessage("validation.retention.atLeast", { field: label, min }) })
    .max(36_500, { error: issueMessage("validation.retention.atMost", { field: label, max: 36_500 }) });
};

export const retentionSettingsSchema = z.object({
  eventDays: days("events", 30),
  inactiveCustomerDays: days("inactiveCustomers", 30),
  auditDays: days("auditEntries", 180),
  idempotencyDays: days("idempotency", 1),
});
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

export const saveRetentionPolicySchema = retentionSettingsSchema.extend({
  note: z
    .string()
    .trim()
    .min(5, { error: issueMessage("validation.retention.note", { min: 5 }) })
    .max(500),
});

/** In force until an admin saves the first version. */
export const DEFAULT_RETENTION: RetentionSettings = {
  eventDays: 1095,
  inactiveCustomerDays: 1095,
  auditDays: 730,
  idempotencyDays: 30,
};
