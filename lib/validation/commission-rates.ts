import { z } from "zod";
import { isIsoDay } from "@/lib/time/local-date";

// Commission per online travel agency, in percent of a stay's value: what a stay booked through it
// costs. Versioned in CommissionRateVersion; a day's rates are the highest version valid from it.

export const COMMISSION_CHANNELS = ["booking_com", "expedia"] as const;
export type CommissionChannel = (typeof COMMISSION_CHANNELS)[number];
export type CommissionRates = Record<CommissionChannel, number>;

/** Typical published rates, until an admin saves the chain's own. */
export const DEFAULT_COMMISSION_RATES: CommissionRates = { booking_com: 15, expedia: 18 };

const rate = z.coerce
  .number({ error: "Enter a percentage." })
  .min(0, { error: "A rate can't be below 0%." })
  .max(50, { error: "A rate above 50% is not plausible." })
  .multipleOf(0.1, { error: "Use at most one decimal." });

export const commissionRatesSchema = z.strictObject({ booking_com: rate, expedia: rate });

export const saveCommissionRatesSchema = z.strictObject({
  rates: commissionRatesSchema,
  validFrom: z.string().refine(isIsoDay, { error: "Use a date like 2026-11-23." }),
  note: z
    .string()
    .trim()
    .max(500, { error: "Keep the note under 500 characters." })
    .nullish()
    .transform((note) => (note ? note : null)),
});
export type SaveCommissionRatesInput = z.input<typeof saveCommissionRatesSchema>;
