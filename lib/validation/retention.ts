import { z } from "zod";

// The retention policy (GDPR Art. 5(1)(e), storage limitation). Shared by the admin form and the
// server, so nothing server-only here.

const days = (label: string, min: number) =>
  z.coerce
    .number({ error: `${label}: enter a number of days.` })
    .int({ error: `${label}: whole days.` })
    .min(min, { error: `${label}: at least ${min} days.` })
    .max(36_500, { error: `${label}: at most 36,500 days (100 years).` });

export const retentionSettingsSchema = z.object({
  eventDays: days("Events", 30),
  inactiveCustomerDays: days("Inactive customers", 30),
  auditDays: days("Audit entries", 180),
  idempotencyDays: days("Idempotency records", 1),
});
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

export const saveRetentionPolicySchema = retentionSettingsSchema.extend({
  note: z.string().trim().min(5, { error: "Say why in at least 5 characters." }).max(500),
});

/** In force until an admin saves the first version. */
export const DEFAULT_RETENTION: RetentionSettings = {
  eventDays: 1095,
  inactiveCustomerDays: 1095,
  auditDays: 730,
  idempotencyDays: 30,
};
