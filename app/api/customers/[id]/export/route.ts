// GET /api/customers/[id]/export: everything about one customer (GDPR Art. 15/20), as JSON or HTML
import { NextResponse } from "next/server";
import { staffRoute } from "@/lib/api/staff-route";
import { requireRecentSecondFactor } from "@/lib/auth/step-up";
import { exportCustomerData } from "@/lib/privacy/export-customer-data";
import { renderExportHtml } from "@/lib/privacy/render-export-html";
import { exportQuerySchema } from "@/lib/validation/privacy";

export const dynamic = "force-dynamic";

export const GET = staffRoute(
  { action: "customer.export", query: exportQuerySchema },
  async ({ actor, query, params }) => {
    // An export of personal data is a step-up action: the second factor within the last 10 minutes.
    requireRecentSecondFactor(actor);
    const id = String(params.id);
    const data = await exportCustomerData(actor, id, query.format);
    const headers = {
      "Cache-Control": "private, no-store",
      "Content-Disposition": `attachment; filename="gastvrij-export-${id}.${query.format}"`,
    };
    if (query.format === "html")
      return new NextResponse(renderExportHtml(data), {
        headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
      });
    return NextResponse.json(data, { headers });
  },
);
