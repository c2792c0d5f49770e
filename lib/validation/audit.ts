import { z } from "zod";
import { issueMessage } from "@/lib/i18n/message-ref";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { isIsoDay } from "@/lib/time/local-date";
import { EARLIEST_DATE, LATEST_DATE } from "./api-text";

// A real calendar day PostgreSQL can hold (no year 0, no 2026-02-30).
const day = z
  .string()
  .refine(isIsoDay, { error: issueMessage("validation.date.useFormat"), abort: true })
  .refine((value) => value >= EARLIEST_DATE && value <= LATEST_DATE, {
    error: issueMessage("validation.date.pickBetween", { from: EARLIEST_DATE, to: LATEST_DATE }),
  });
const empty = (value: unknown) => (value === "" ? undefined : value);

export const auditFilterSchema = z.object({
  actor: z.preprocess(empty, z.string().trim().max(320).optional()),
  customerId: z.preprocess(empty, z.uuid({ error: issueMessage("validation.audit.customerId") }).optional()),
  /** Part of a customer's name. */
  customer: z.preprocess(
    empty,
    z
      .string()
      .trim()
      .max(200, { error: issueMessage("validation.audit.customerTooLong", { max: 200 }) })
      .optional(),
  ),
  action: z.preprocess(
    empty,
    z.enum(AUDIT_ACTIONS, { error: issueMessage("validation.audit.unknownAction") }).optional(),
  ),
  from: z.preprocess(empty, day.optional()),
  to: z.preprocess(empty, day.optional()),
  after: z.preprocess(empty, z.string().max(200).optional()),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;
