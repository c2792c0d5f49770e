import { z } from "zod";
import { asIssueMessage, issueMessage } from "@/lib/i18n/message-ref";
import { findJsonProblem, isSafeText, UNSAFE_TEXT_ISSUE } from "./safe-json";

// Building blocks for the public API schemas: every string is bounded and storable. Messages are
// message keys (lib/i18n/message-ref.ts): the API answers their English, staff read their own language.

export function text(max: number, description?: string) {
  const schema = z
    .string({ error: issueMessage("validation.text.notString") })
    .max(max, { error: issueMessage("validation.text.tooLong", { max }) })
    .refine(isSafeText, { error: UNSAFE_TEXT_ISSUE });
  return description ? schema.meta({ description }) : schema;
}

/** A non-empty, trimmed-length-checked string. */
export function requiredText(max: number, description?: string) {
  return text(max, description).refine((value) => value.trim().length > 0, {
    error: issueMessage("validation.text.empty"),
  });
}

// Dates pass zod's calendar check from year 0000 to 9999; PostgreSQL has no year 0 and JavaScript's
// Date ends in 275760. Gastvrij's data (birth dates, stays, orders, events) all lies in this range.
export const EARLIEST_DATE = "1900-01-01";
export const LATEST_DATE = "2199-12-31";
const DATE_RANGE_MESSAGE = issueMessage("validation.date.between", {
  earliest: EARLIEST_DATE,
  latest: LATEST_DATE,
});

export const isoDateTime = z.iso
  .datetime({
    offset: true,
    error: issueMessage("validation.date.isoDateTime"),
  })
  .refine(
    (value) => {
      const at = Date.parse(value);
      // A value that is no date-time at all already has the format's message.
      if (Number.isNaN(at)) return true;
      return at >= Date.parse(`${EARLIEST_DATE}T00:00:00Z`) && at <= Date.parse(`${LATEST_DATE}T23:59:59Z`);
    },
    { error: DATE_RANGE_MESSAGE },
  )
  .meta({ example: "2026-11-23T14:05:00+01:00" });

export const isoDate = z.iso
  .date({ error: issueMessage("validation.date.isoDate") })
  .refine((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value) || (value >= EARLIEST_DATE && value <= LATEST_DATE), {
    error: DATE_RANGE_MESSAGE,
  })
  .meta({ example: "2026-12-01" });

export const locationCode = z
  .string({ error: issueMessage("validation.text.notString") })
  .regex(/^[A-Za-z0-9-]{2,20}$/, { error: issueMessage("validation.api.locationCode") })
  .meta({ description: "Code of a location known to Gastvrij (see Admin → Locations).", example: "HTL-AMS" });

/** Money as a JSON number or a decimal string, at most 2 decimals. */
export const money = z
  .union(
    [
      z.number().finite().min(0).max(9_999_999_999),
      z.string().regex(/^\d{1,10}(\.\d{1,2})?$/, { error: issueMessage("validation.api.decimal") }),
    ],
    { error: issueMessage("validation.api.amount") },
  )
  .meta({ example: 129.95 });

/** A free-form JSON object, stored as is: at most 10 levels deep and 5,000 values. */
export const jsonObject = z
  .record(z.string(), z.unknown(), { error: issueMessage("validation.json.object") })
  .superRefine((value, ctx) => {
    const problem = findJsonProblem(value);
    if (problem) {
      ctx.addIssue({ code: "custom", path: problem.path, message: asIssueMessage(problem.ref) });
    }
  });
