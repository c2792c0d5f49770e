import { z } from "zod";
import { issueMessage } from "@/lib/i18n/message-ref";
import { dateOnly, isIsoDay } from "@/lib/time/local-date";

// The arrivals and pickups boards: their query strings (page URL and JSON API alike) and the two
// front-desk actions. Shared with client components, so no server-only imports.

/** Query strings may repeat a key (?date=a&date=b); the first value wins. An empty value means "not given". */
function queryValue<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    return first === "" ? undefined : first;
  }, schema);
}

/** A location id, or its code as staff know it ("HTL-AMS"). */
export const boardLocationParam = z
  .string()
  .trim()
  .max(40, { error: issueMessage("validation.boards.location") })
  .regex(/^[A-Za-z0-9-]+$/, { error: issueMessage("validation.boards.location") });

export const boardDayParam = z
  .string()
  .trim()
  // Date.parse rolls 2026-02-30 over to March; PostgreSQL would reject it, so it must be caught here.
  .refine((day) => isIsoDay(day) && dateOnly(day).toISOString().startsWith(day), {
    error: issueMessage("validation.date.useFormat"),
    abort: true,
  })
  // Far-off dates are typos; the board is about the days around today.
  .refine((day) => day >= "2000-01-01" && day <= "2099-12-31", {
    error: issueMessage("validation.date.pickBetween", { from: "2000", to: "2099" }),
  });

export const arrivalsQuerySchema = z.object({
  location: queryValue(boardLocationParam.optional()),
  date: queryValue(boardDayParam.optional()),
});
export type ArrivalsQuery = z.infer<typeof arrivalsQuerySchema>;

export const pickupsQuerySchema = z.object({
  location: queryValue(boardLocationParam.optional()),
});
export type PickupsQuery = z.infer<typeof pickupsQuerySchema>;

/** A live board reading again only the rows that changed: up to 200 ids, comma-separated. */
const rowIdsParam = z
  .string()
  .transform((value) => value.split(",").map((id) => id.trim().toLowerCase()))
  .pipe(
    z
      .array(z.uuid({ error: "Use row ids, comma-separated." }))
      .min(1)
      .max(200),
  );

/** The boards' JSON routes also take the rows to read (live boards); the pages do not. */
export const arrivalsRowsQuerySchema = arrivalsQuerySchema.extend({
  bookings: queryValue(rowIdsParam.optional()),
});
export const pickupsRowsQuerySchema = pickupsQuerySchema.extend({
  orders: queryValue(rowIdsParam.optional()),
});

export const checkInSchema = z.object({
  bookingId: z.uuid({ error: issueMessage("validation.boards.bookingId") }),
});
export type CheckInInput = z.infer<typeof checkInSchema>;

export const handOverSchema = z.object({
  orderId: z.uuid({ error: issueMessage("validation.boards.orderId") }),
});
export type HandOverInput = z.infer<typeof handOverSchema>;
