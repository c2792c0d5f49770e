import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";
import { localDate } from "@/lib/time/local-date";
import {
  commissionRatesSchema,
  DEFAULT_COMMISSION_RATES,
  type CommissionRates,
} from "@/lib/validation/commission-rates";
import { ratesOn } from "./commission-rate-versions";

export const RATE_VERSIONS_SHOWN = 50;

export interface RateVersionSummary {
  version: number;
  rates: CommissionRates;
  validFrom: string;
  note: string | null;
  createdAt: Date;
  createdByName: string | null;
}

export interface CommissionRatesOverview {
  /** In force today: version 0 means the built-in defaults. */
  today: { version: number; rates: CommissionRates; validFrom: string | null };
  defaults: CommissionRates;
  versions: RateVersionSummary[];
}

/** The admin page: the rates in force today and every version, newest first. */
export async function listCommissionRateVersions(actor: Actor): Promise<CommissionRatesOverview> {
  assertCan(actor, "policy.manage");
  const rows = await db.commissionRateVersion.findMany({
    orderBy: { version: "desc" },
    take: RATE_VERSIONS_SHOWN,
    select: {
      version: true,
      rates: true,
      validFrom: true,
      note: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
  const versions = rows.map((row) => ({
    version: row.version,
    rates: commissionRatesSchema.safeParse(row.rates).data ?? DEFAULT_COMMISSION_RATES,
    validFrom: row.validFrom.toISOString().slice(0, 10),
    note: row.note,
    createdAt: row.createdAt,
    createdByName: row.createdBy?.name ?? null,
  }));
  return {
    today: ratesOn(localDate(DISPLAY_TIME_ZONE), versions),
    defaults: DEFAULT_COMMISSION_RATES,
    versions,
  };
}
