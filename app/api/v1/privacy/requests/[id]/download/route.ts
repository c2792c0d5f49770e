// GET /api/v1/privacy/requests/{id}/download: the export behind a short-lived signed link (no API key)
import { NextResponse, type NextRequest } from "next/server";
import { apiErrorResponse } from "@/lib/api/error-response";
import { downloadExport } from "@/lib/privacy/download-export";
import { renderExportHtml } from "@/lib/privacy/render-export-html";

export const dynamic = "force-dynamic";

export async function GET(
  request: NextRequest,
  context: { params: Promise<Record<string, string | string[]>> },
) {
  const id = String((await context.params).id);
  const search = request.nextUrl.searchParams;
  try {
    const data = await downloadExport(id, search.get("expires"), search.get("signature"));
    const headers = {
      "Cache-Control": "no-store",
      "Content-Disposition": `attachment; filename="gastvrij-export-${id}.json"`,
    };
    if (search.get("format") === "html")
      return new NextResponse(renderExportHtml(data), {
        headers: { "Cache-Control": "no-store", "Content-Type": "text/html; charset=utf-8" },
      });
    return NextResponse.json(data, { headers });
  } catch (error) {
    return apiErrorResponse(error);
  }
}
