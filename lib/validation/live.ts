import { z } from "zod";
import { boardDayParam, boardLocationParam } from "./boards";

// The live board streams' query strings (GET /api/arrivals/live, /api/pickups/live).

const first = (value: unknown) => {
  const one = Array.isArray(value) ? value[0] : value;
  return one === "" ? undefined : one;
};

/** When the board's data were made, in ms since 1970 (its generatedAt). */
const sinceParam = z.preprocess(first, z.coerce.number().int().min(0).max(8.64e15).optional());

export const liveArrivalsQuerySchema = z.object({
  location: z.preprocess(first, boardLocationParam),
  date: z.preprocess(first, boardDayParam.optional()),
  since: sinceParam,
});

export const livePickupsQuerySchema = z.object({
  location: z.preprocess(first, boardLocationParam),
  since: sinceParam,
});
