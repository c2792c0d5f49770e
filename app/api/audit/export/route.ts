// GET /api/audit/export: the filtered audit log as CSV (managers: their locations; admins: all)
import { NextResponse } from "next/server";
import { AUDIT_EXPORT_COLUMNS, exportAuditEntries } from "@/lib/audit-log/export-audit-entries";
import { writeCsv } from "@/lib/csv/write-csv";
import { staffRoute } from "@/lib/api/staff-route";
import { requireRecentSecondFactor } from "@/lib/auth/step-up";
import { auditFilterSchema } from "@/lib/validation/audit";

export const dynamic = "force-dynamic";

export const GET = staffRoute(
  { action: "audit.export", query: auditFilterSchema },
  async ({ actor, query }) => {
    requireRecentSecondFactor(actor);
    const rows = await exportAuditEntries(actor, query);
    const csv = writeCsv([...AUDIT_EXPORT_COLUMNS], rows);
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
