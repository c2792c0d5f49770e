// POST /api/customers/[id]/journal: log a note, an outcome, a learned fact or a marketing opt-out
import { NextResponse } from "next/server";
import { z } from "zod";
import { readJsonBody } from "@/lib/api/read-json-body";
import { staffRoute } from "@/lib/api/staff-route";
import { recordJournalEntry } from "@/lib/journal/record-journal-entry";

export const dynamic = "force-dynamic";

const MAX_ENTRY_BYTES = 16_384;

export const POST = staffRoute(
  { action: "customer.addNote", query: z.object({}) },
  async ({ actor, params, request }) => {
    const { json: body } = await readJsonBody(request, { limit: MAX_ENTRY_BYTES });
    const result = await recordJournalEntry(actor, String(params.id), body);
    // 200 for a repeated clientId: the first answer again, nothing stored twice.
    return NextResponse.json(result, { status: result.isDuplicate ? 200 : 201 });
  },
);
