import { z } from "zod";
import { isIsoDay } from "@/lib/time/local-date";
import { issueMessage } from "@/lib/i18n/message-ref";

// Commission per online travel agency, in percent of a stay's value: what a stay booked through it
// costs. Versioned in CommissionRateVersion; a day's rates are the highest version valid from it.
// Each field has one sentence, whatever check it fails (managerInsights.commission.errors.*).

export const COMMISSION_CHANNELS = ["booking_com", "expedia"] as const;
export type CommissionChannel = (typeof COMMISSION_CHANNELS)[number];
export type CommissionRates = Record<CommissionChannel, number>;

/** Typical published rates, until an admin saves the chain's own. */
export const DEFAULT_COMMISSION_RATES: CommissionRates = { booking_com: 15, expedia: 18 };

const RATE = issueMessage("managerInsights.commission.errors.rate");
const rate = z.coerce
  .number({ error: RATE })
  .min(0, { error: RATE })
  .max(50, { error: RATE })
  .multipleOf(0.1, { error: RATE });

export const commissionRatesSchema = z.strictObject({ booking_com: rate, expedia: rate });

export const saveCommissionRatesSchema = z.strictObject({
  rates: commissionRatesSchema,
  validFrom: z
    .string()
    .refine(isIsoDay, { error: issueMessage("managerInsights.commission.errors.validFrom") }),
  note: z
    .string()
    .trim()
    .max(500, { error: issueMessage("managerInsights.commission.errors.note") })
    .nullish()
    .transform((note) => (note ? note : null)),
});
export type SaveCommissionRatesInput = z.input<typeof saveCommissionRatesSchema>;
