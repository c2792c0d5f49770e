import "server-only";
import type { ErrorIssue } from "@/lib/errors";
import { jsonPath } from "@/lib/errors";
import { runPrepared, type BatchResult } from "@/lib/ingest/ingest-events";
import { prepareCustomerItem, prepareEventItem, type Prepared } from "@/lib/ingest/prepare-item";
import {
  segmentIdentifySchema,
  segmentPageSchema,
  segmentTrackSchema,
  type SegmentMessage,
} from "@/lib/validation/segment";
import { mapSegmentMessage } from "./map-segment-message";

export type SegmentType = "identify" | "track" | "page";

const SCHEMAS = {
  identify: segmentIdentifySchema,
  track: segmentTrackSchema,
  page: segmentPageSchema,
} as const;

// Our field names in errors, translated back to the Segment fields the sender knows.
const FIELD_NAMES: [RegExp, string][] = [
  [/\.sourceEventId\b/, ".messageId"],
  [/\.occurredAt\b/, ".timestamp"],
  [/\.identifiers\.externalUserId\b/, ".userId"],
  [/\.identifiers\.webId\b/, ".anonymousId"],
  [/\.identifiers\.(email|phone)\b/, ".traits.$1"],
  [/\.identifiers\b/, ".userId"],
  [/\.order\.orderNumber\b/, ".properties.order_id"],
  [/\.(payload|order|consent|serviceCase)\b/, ".properties"],
];
const inSegmentTerms = (issues: ErrorIssue[]): ErrorIssue[] =>
  issues.map((issue) => ({
    ...issue,
    path: FIELD_NAMES.reduce((path, [pattern, name]) => path.replace(pattern, name), issue.path),
  }));

function prepareMessage(
  raw: unknown,
  index: number,
  source: string,
  fixedType: SegmentType | null,
  root: string,
): Prepared {
  const type =
    fixedType ?? (raw !== null && typeof raw === "object" ? (raw as { type?: unknown }).type : undefined);
  if (type !== "identify" && type !== "track" && type !== "page") {
    return {
      ok: false,
      errors: [
        {
          path: `${root}.type`,
          message: "must be identify, track or page (screen, group and alias are not supported)",
        },
      ],
    };
  }
  const parsed = SCHEMAS[type].safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues
        .slice(0, 20)
        .map((issue) => ({ path: jsonPath(issue.path, root), message: issue.message })),
    };
  const message = { ...parsed.data, type } as SegmentMessage;
  const mapped = mapSegmentMessage(message);
  if (mapped.kind === "customer") {
    const prepared = prepareCustomerItem(mapped.customer, index, root);
    return prepared.ok ? prepared : { ok: false, errors: inSegmentTerms(prepared.errors) };
  }
  if (!message.messageId)
    return {
      ok: false,
      errors: [{ path: `${root}.messageId`, message: "is required: it is how retries are recognised" }],
    };
  const prepared = prepareEventItem(mapped.event, index, source, root);
  return prepared.ok ? prepared : { ok: false, errors: inSegmentTerms(prepared.errors) };
}

/** One message (identify, track, page) or a batch of them, through the same pipeline as our own API. */
export async function ingestSegment(
  source: string,
  messages: unknown[],
  fixedType: SegmentType | null,
  isBatch: boolean,
): Promise<BatchResult> {
  const rootOf = (index: number) => (isBatch ? `$.batch[${index}]` : "$");
  const prepared = messages.map((raw, index) => prepareMessage(raw, index, source, fixedType, rootOf(index)));
  const idOf = (index: number) => {
    const raw = messages[index];
    const id =
      raw !== null && typeof raw === "object" ? (raw as { messageId?: unknown }).messageId : undefined;
    return typeof id === "string" && id.length <= 200 ? id : undefined;
  };
  return runPrepared(source, prepared, rootOf, idOf);
}
