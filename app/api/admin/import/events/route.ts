// POST /api/admin/import/events: stream a CSV of journey events into the ingest pipeline
import { importRoute } from "@/lib/import/import-route";

export const POST = importRoute("events");
