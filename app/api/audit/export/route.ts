// GET /api/audit/export: the filtered audit log as CSV (managers: their locations; admins: all)
import Papa from "papaparse";
import { NextResponse } from "next/server";
import { exportAuditEntries } from "@/lib/audit-log/export-audit-entries";
import { staffRoute } from "@/lib/api/staff-route";
import { auditFilterSchema } from "@/lib/validation/audit";

export const dynamic = "force-dynamic";

export const GET = staffRoute(
  { action: "audit.export", query: auditFilterSchema },
  async ({ actor, query }) => {
    const rows = await exportAuditEntries(actor, query);
    const csv = Papa.unparse(rows, {
      columns: ["occurredAt", "action", "actorEmail", "customerId", "ip", "userAgent", "reason"],
    });
    const stamp = new Date().toISOString().slice(0, 10);
    return new NextResponse(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="gastvrij-audit-${stamp}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
