import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { isIsoDay } from "@/lib/time/local-date";
import { EARLIEST_DATE, LATEST_DATE } from "./api-text";

// A real calendar day PostgreSQL can hold (no year 0, no 2026-02-30).
const day = z
  .string()
  .refine(isIsoDay, { error: "Use a date like 2026-11-23.", abort: true })
  .refine((value) => value >= EARLIEST_DATE && value <= LATEST_DATE, {
    error: `Pick a date between ${EARLIEST_DATE} and ${LATEST_DATE}.`,
  });
const empty = (value: unknown) => (value === "" ? undefined : value);

export const auditFilterSchema = z.object({
  actor: z.preprocess(empty, z.string().trim().max(320).optional()),
  customerId: z.preprocess(empty, z.uuid({ error: "Customer must be a customer id." }).optional()),
  /** Part of a customer's name. */
  customer: z.preprocess(
    empty,
    z.string().trim().max(200, { error: "Customer: at most 200 characters." }).optional(),
  ),
  action: z.preprocess(empty, z.enum(AUDIT_ACTIONS, { error: "Unknown action." }).optional()),
  from: z.preprocess(empty, day.optional()),
  to: z.preprocess(empty, day.optional()),
  after: z.preprocess(empty, z.string().max(200).optional()),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;
