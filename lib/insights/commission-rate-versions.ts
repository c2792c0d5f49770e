import "server-only";
import { readHeavyRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  commissionRatesSchema,
  DEFAULT_COMMISSION_RATES,
  type CommissionRates,
} from "@/lib/validation/commission-rates";

// The commission rates of any day: those of the highest version whose validFrom is on or before it,
// else the defaults. A later version may start in the past to correct it; versions are never edited.

export interface RateVersion {
  version: number;
  rates: CommissionRates;
  validFrom: string;
}

export const rateVersionsStatement = (): Prisma.Sql => Prisma.sql`
  SELECT version, rates, "validFrom"::text AS "validFrom" FROM "CommissionRateVersion" ORDER BY version`;

export async function loadRateVersions(): Promise<RateVersion[]> {
  const rows = await readHeavyRows<{ version: number; rates: unknown; validFrom: string }>(
    rateVersionsStatement(),
  );
  return rows.map((row) => ({
    version: row.version,
    rates: commissionRatesSchema.safeParse(row.rates).data ?? DEFAULT_COMMISSION_RATES,
    validFrom: row.validFrom,
  }));
}

/** The version in force on a day (version 0: the defaults). */
export function ratesOn(
  day: string,
  versions: RateVersion[],
): { version: number; rates: CommissionRates; validFrom: string | null } {
  let best: RateVersion | null = null;
  for (const version of versions)
    if (version.validFrom <= day && (!best || version.version > best.version)) best = version;
  return best ?? { version: 0, rates: DEFAULT_COMMISSION_RATES, validFrom: null };
}

/**
 * Day ranges with one set of rates each, for SQL's width_bucket: starts[i] is the first day of
 * range i (the first is -infinity), and the rates arrays hold each range's percentages.
 */
export function rateSegments(versions: RateVersion[]): {
  starts: string[];
  bookingCom: number[];
  expedia: number[];
} {
  const starts = ["-infinity", ...[...new Set(versions.map((v) => v.validFrom))].sort()];
  const segments = { starts, bookingCom: [] as number[], expedia: [] as number[] };
  for (const start of starts) {
    const { rates } = start === "-infinity" ? { rates: DEFAULT_COMMISSION_RATES } : ratesOn(start, versions);
    segments.bookingCom.push(rates.booking_com);
    segments.expedia.push(rates.expedia);
  }
  return segments;
}
