import { z } from "zod";
import { issueMessage } from "@/lib/i18n/message-ref";

// CSV import (admin): the query of POST /api/admin/import/{events,customers} and the NDJSON lines it
// streams back. Shared by the route and the browser, so nothing server-only here.

export const IMPORT_KINDS = ["events", "customers"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const DEFAULT_IMPORT_SOURCE = "csv-import";
/** Rows sent to ingestEvents / upsertCustomers at once: big enough for throughput, within the API's 1,000. */
export const IMPORT_BATCH_SIZE = 500;
/** The browser keeps at most this many error rows, so a file full of errors cannot exhaust its memory. */
export const MAX_KEPT_ISSUES = 100_000;

export const importSourceSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,49}$/, {
    error: issueMessage("validation.common.source", { example: DEFAULT_IMPORT_SOURCE }),
  });

export const importQuerySchema = z.object({ source: importSourceSchema.default(DEFAULT_IMPORT_SOURCE) });

const counts = {
  rows: z.int(),
  accepted: z.int(),
  duplicates: z.int(),
  rejected: z.int(),
  /** Bytes of the file read so far; against the file size this drives the progress bar. */
  bytes: z.int(),
  rowsPerSecond: z.number(),
};

export const importLineSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("progress"), ...counts }),
  /** One problem with one row; a row with three problems gives three lines. */
  z.object({ type: z.literal("issue"), row: z.int(), column: z.string(), message: z.string() }),
  z.object({
    type: z.literal("summary"),
    status: z.enum(["completed", "failed"]),
    ...counts,
    seconds: z.number(),
    error: z.string().optional(),
  }),
]);

export type ImportLine = z.infer<typeof importLineSchema>;
export type ImportProgress = Extract<ImportLine, { type: "progress" }>;
export type ImportIssue = Extract<ImportLine, { type: "issue" }>;
export type ImportSummary = Extract<ImportLine, { type: "summary" }>;
