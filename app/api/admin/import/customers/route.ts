// POST /api/admin/import/customers: stream a CSV of customer records into the ingest pipeline
import { importRoute } from "@/lib/import/import-route";

export const POST = importRoute("customers");
