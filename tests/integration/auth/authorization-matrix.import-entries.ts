// Matrix entries for the admin CSV import (issue 4, section 7). Spread into MATRIX by
// authorization-matrix.entries.ts. Only admins hold "imports.run".
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import type { Caller, MatrixEntry } from "./authorization-matrix.entries";
import { type Handler } from "./authorization-matrix.expect";

const adminOnly: Record<Caller, number> = {
  anonymous: 401,
  intern: 403,
  receptionist: 403,
  store_staff: 403,
  manager: 403,
  admin: 200,
};

async function upload(
  load: () => Promise<Record<string, unknown>>,
  path: string,
  csv: string,
): Promise<number> {
  const handler = (await load())["POST"] as Handler;
  const request = new NextRequest(new URL(path, "http://localhost"), {
    method: "POST",
    headers: { "content-type": "text/csv" },
    body: csv,
  });
  const response = await handler(request, { params: Promise.resolve({}) });
  await response.body?.cancel();
  return response.status;
}

export const IMPORT_MATRIX: Record<string, MatrixEntry> = {
  "POST /api/admin/import/events": {
    expect: adminOnly,
    call: () =>
      upload(
        () => import("@/app/api/admin/import/events/route"),
        "/api/admin/import/events?source=matrix-import",
        `source_event_id,type,channel,direction,occurred_at,email\n${randomUUID()},page_view,web,inbound,2026-11-20T10:00:00Z,matrix@gastvrij-test.nl\n`,
      ),
  },
  "POST /api/admin/import/customers": {
    expect: adminOnly,
    call: () =>
      upload(
        () => import("@/app/api/admin/import/customers/route"),
        "/api/admin/import/customers",
        "email,first_name\nmatrix.customer@gastvrij-test.nl,Mat\n",
      ),
  },
};
