import { z } from "zod";
import { isIsoDay } from "@/lib/time/local-date";

// The insights page's filters as they sit in its URL (?location=…&period=quarter&compare=1), and the
// sample-customers route's query. The page falls back to the defaults for anything it can't read;
// the route answers 400.

export const PERIOD_PRESETS = ["4w", "quarter", "year", "custom"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
/** The longest custom period: two years, so a comparison reaches back four. */
export const MAX_PERIOD_DAYS = 731;

const day = z.string().refine(isIsoDay, { error: "Use a date like 2026-11-23." });
const empty = (value: unknown) => (value === "" ? undefined : value);
/** ?location=a&location=b, or one, or none (all locations in scope). */
const locations = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.uuid({ error: "Location must be a location id." })).max(100),
);

export const insightFiltersSchema = z.object({
  location: locations,
  period: z.preprocess(empty, z.enum(PERIOD_PRESETS).default("quarter")),
  from: z.preprocess(empty, day.optional()),
  to: z.preprocess(empty, day.optional()),
  compare: z.preprocess((value) => value === "1" || value === "true" || value === true, z.boolean()),
});
export type InsightFiltersInput = z.input<typeof insightFiltersSchema>;
export type InsightFiltersQuery = z.infer<typeof insightFiltersSchema>;

export const PATH_KINDS = ["acquisition", "complaint"] as const;
export type PathKind = (typeof PATH_KINDS)[number];

export const pathCustomersSchema = insightFiltersSchema.extend({
  kind: z.enum(PATH_KINDS, { error: "Kind must be acquisition or complaint." }),
  path: z
    .string()
    .max(200)
    .regex(/^[a-z0-9_]+(>[a-z0-9_]+)*$/, { error: "Path must be step keys joined by >." }),
});
export type PathCustomersQuery = z.infer<typeof pathCustomersSchema>;
