import "server-only";
import { staffRoute } from "@/lib/api/staff-route";
import { recordAudit } from "@/lib/audit/record-audit";
import { resolveUiLocale } from "@/lib/auth/ui-locale";
import { importQuerySchema, type ImportKind } from "@/lib/validation/import";
import { startCsvImport } from "./run-csv-import";

/**
 * The handler of POST /api/admin/import/{kind}: the body is the raw CSV file, read as a stream and
 * never buffered whole; the answer is NDJSON (see lib/validation/import.ts for its lines).
 */
export function importRoute(kind: ImportKind) {
  return staffRoute(
    { action: "imports.run", query: importQuerySchema },
    async ({ actor, query, request }) => {
      const length = Number(request.headers.get("content-length"));
      await recordAudit({
        action: "import.run",
        actor,
        details: { kind, source: query.source, bytes: Number.isFinite(length) ? length : null },
      });
      const stream = await startCsvImport(
        kind,
        query.source,
        request.body,
        Number.isFinite(length) && length > 0 ? length : null,
        await resolveUiLocale(),
      );
      return new Response(stream, {
        headers: {
          "content-type": "application/x-ndjson; charset=utf-8",
          "cache-control": "no-store",
          // Proxies must pass each progress line on at once.
          "x-accel-buffering": "no",
        },
      });
    },
  );
}
