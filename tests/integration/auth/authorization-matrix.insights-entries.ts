// Matrix entries for the manager insights (issue 18). Spread into MATRIX by
// authorization-matrix.entries.ts. Insights are for managers (their locations) and admins; the
// commission rates behind "commission saved" are an admin's policy edit, with step-up.
import { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import type { Caller, MatrixContext, MatrixEntry } from "./authorization-matrix.entries";
import { only, type ActionResultLike, type Handler } from "./authorization-matrix.expect";

const adminOnly: Record<Caller, number> = {
  anonymous: 401,
  intern: 403,
  receptionist: 403,
  store_staff: 403,
  manager: 403,
  admin: 200,
};

export const INSIGHTS_MATRIX: Record<string, MatrixEntry> = {
  "GET /api/insights/paths/customers": {
    expect: only(["manager", "admin"]),
    call: async ({ locationId }: MatrixContext) => {
      const { GET } = (await import("@/app/api/insights/paths/customers/route")) as unknown as {
        GET: Handler;
      };
      const url = new URL("http://localhost/api/insights/paths/customers");
      url.search = new URLSearchParams({
        kind: "acquisition",
        path: "ad>book_direct",
        location: locationId,
        period: "quarter",
      }).toString();
      const response = await GET(new NextRequest(url), { params: Promise.resolve({}) });
      return response.status;
    },
  },
  "action components/manager-insights/commission-actions.ts#saveCommissionRatesAction": {
    expect: adminOnly,
    call: async () => {
      const { saveCommissionRatesAction } = await import("@/components/manager-insights/commission-actions");
      // A rate no earlier version has, so every save is a real change.
      const booking_com = 10 + ((await db.commissionRateVersion.count()) % 30);
      const result: ActionResultLike = await saveCommissionRatesAction({
        rates: { booking_com, expedia: 18 },
        validFrom: "2026-01-01",
        note: "Authorization matrix",
      });
      return result.ok ? 200 : result.status;
    },
  },
};
