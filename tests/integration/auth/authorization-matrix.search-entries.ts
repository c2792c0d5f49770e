// Matrix entries for instant search (issue 5). Spread into MATRIX by authorization-matrix.entries.ts.
// Every staff role holds "customer.search"; anonymous callers get 401.
import { NextRequest } from "next/server";
import type { Caller, MatrixEntry } from "./authorization-matrix.entries";
import { type Handler } from "./authorization-matrix.expect";

const signedIn: Record<Caller, number> = {
  anonymous: 401,
  intern: 200,
  receptionist: 200,
  store_staff: 200,
  manager: 200,
  admin: 200,
};

export const SEARCH_MATRIX: Record<string, MatrixEntry> = {
  "GET /api/customers/search": {
    expect: signedIn,
    call: async () => {
      const { GET } = (await import("@/app/api/customers/search/route")) as { GET: Handler };
      const request = new NextRequest(new URL("/api/customers/search?q=matrix&limit=5", "http://localhost"));
      const response = await GET(request, { params: Promise.resolve({}) });
      await response.body?.cancel();
      return response.status;
    },
  },
};
