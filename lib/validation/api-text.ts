import { z } from "zod";
import { findJsonProblem, isSafeText, UNSAFE_TEXT_MESSAGE } from "./safe-json";

// Building blocks for the public API schemas: every string is bounded and storable.

export function text(max: number, description?: string) {
  const schema = z
    .string({ error: "must be a string" })
    .max(max, { error: `must be at most ${max} characters` })
    .refine(isSafeText, { error: UNSAFE_TEXT_MESSAGE });
  return description ? schema.meta({ description }) : schema;
}

/** A non-empty, trimmed-length-checked string. */
export function requiredText(max: number, description?: string) {
  return text(max, description).refine((value) => value.trim().length > 0, { error: "must not be empty" });
}

// Dates pass zod's calendar check from year 0000 to 9999; PostgreSQL has no year 0 and JavaScript's
// Date ends in 275760. Gastvrij's data (birth dates, stays, orders, events) all lies in this range.
export const EARLIEST_DATE = "1900-01-01";
export const LATEST_DATE = "2199-12-31";
const DATE_RANGE_MESSAGE = `must be between ${EARLIEST_DATE} and ${LATEST_DATE}`;

export const isoDateTime = z.iso
  .datetime({
    offset: true,
    error: "must be an ISO 8601 date-time with a time zone, e.g. 2026-11-23T14:05:00+01:00",
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
  .date({ error: "must be a date as YYYY-MM-DD" })
  .refine((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value) || (value >= EARLIEST_DATE && value <= LATEST_DATE), {
    error: DATE_RANGE_MESSAGE,
  })
  .meta({ example: "2026-12-01" });

export const locationCode = z
  .string({ error: "must be a string" })
  .regex(/^[A-Za-z0-9-]{2,20}$/, { error: "must be a location code such as HTL-AMS" })
  .meta({ description: "Code of a location known to Gastvrij (see Admin → Locations).", example: "HTL-AMS" });

/** Money as a JSON number or a decimal string, at most 2 decimals. */
export const money = z
  .union(
    [
      z.number().finite().min(0).max(9_999_999_999),
      z.string().regex(/^\d{1,10}(\.\d{1,2})?$/, { error: "must be a decimal amount such as 129.95" }),
    ],
    { error: "must be an amount such as 129.95" },
  )
  .meta({ example: 129.95 });

/** A free-form JSON object, stored as is: at most 10 levels deep and 5,000 values. */
export const jsonObject = z
  .record(z.string(), z.unknown(), { error: "must be a JSON object" })
  .superRefine((value, ctx) => {
    const problem = findJsonProblem(value);
    if (problem) ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
  });
