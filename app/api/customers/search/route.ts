// GET /api/customers/search: the command palette's customer search (name, email, phone, booking
// reference, order number), scoped to the caller's locations, masked for interns, audited
import { NextResponse } from "next/server";
import { staffRoute } from "@/lib/api/staff-route";
import { searchCustomers } from "@/lib/search/search-customers";
import { searchCustomersQuery } from "@/lib/validation/customers";

export const dynamic = "force-dynamic";

export const GET = staffRoute(
  { action: "customer.search", query: searchCustomersQuery },
  async ({ actor, query }) => {
    const result = await searchCustomers(actor, { ...query, via: "palette" });
    return NextResponse.json(result, { headers: { "Cache-Control": "private, no-store" } });
  },
);
