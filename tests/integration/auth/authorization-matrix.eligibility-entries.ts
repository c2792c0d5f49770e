// Matrix entries for the eligibility API (issue 6). Spread into MATRIX by
// authorization-matrix.entries.ts. The public API never looks at staff sessions, so every caller
// without an API key gets 401, whatever their role; scopes are covered in api/eligibility-api.test.ts.
import { NextRequest } from "next/server";
import type { MatrixEntry } from "./authorization-matrix.entries";
import { everyone, type Handler } from "./authorization-matrix.expect";

async function call(
  load: () => Promise<Record<string, unknown>>,
  method: "GET" | "POST",
  path: string,
  params: Record<string, string>,
  body?: unknown,
): Promise<number> {
  const handler = (await load())[method] as Handler;
  const init =
    method === "GET"
      ? { method }
      : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  const request = new NextRequest(new URL(path, "http://localhost"), init);
  return (await handler(request, { params: Promise.resolve(params) })).status;
}

export const ELIGIBILITY_MATRIX: Record<string, MatrixEntry> = {
  "GET /api/v1/customers/[identifier]/eligibility": {
    expect: everyone(401),
    call: () =>
      call(
        () => import("@/app/api/v1/customers/[identifier]/eligibility/route"),
        "GET",
        "/api/v1/customers/email:anne@example.nl/eligibility?purpose=survey",
        { identifier: "email:anne@example.nl" },
      ),
  },
  "POST /api/v1/eligibility": {
    expect: everyone(401),
    call: () =>
      call(
        () => import("@/app/api/v1/eligibility/route"),
        "POST",
        "/api/v1/eligibility",
        {},
        {
          purpose: "survey",
          identifiers: ["email:anne@example.nl"],
        },
      ),
  },
};
