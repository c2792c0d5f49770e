import "server-only";
import type { z } from "zod";
import type { ErrorIssue } from "@/lib/errors";
import { jsonPath } from "@/lib/errors";
import { runPrepared, type BatchResult } from "@/lib/ingest/ingest-events";
import { prepareCustomerItem, prepareEventItem, type Prepared } from "@/lib/ingest/prepare-item";
import { usableIdentifier, type IdentifierKind } from "@/lib/validation/normalize-identifier";
import {
  segmentAliasSchema,
  segmentIdentifySchema,
  segmentPageSchema,
  segmentScreenSchema,
  segmentTrackSchema,
  type SegmentMessage,
} from "@/lib/validation/segment";
import { knownUserIds } from "./alias-previous-id";
import { mapSegmentMessage } from "./map-segment-message";
import { withBatchDefaults, type BatchDefaults } from "./batch-defaults";
import { englishIssues } from "@/lib/validation/parse";
import { refIssue } from "@/lib/i18n/ref-errors";

export type SegmentType = "identify" | "track" | "page" | "screen" | "alias";

const SCHEMAS = new Map<SegmentType, z.ZodType>([
  ["identify", segmentIdentifySchema],
  ["track", segmentTrackSchema],
  ["page", segmentPageSchema],
  ["screen", segmentScreenSchema],
  ["alias", segmentAliasSchema],
]);

// Our field names in errors, translated back to the Segment fields the sender knows.
const FIELD_NAMES: [RegExp, string][] = [
  [/\.sourceEventId\b/, ".messageId"],
  [/\.occurredAt\b/, ".timestamp"],
  [/\.identifiers\.externalUserId\b/, ".userId"],
  [/\.identifiers\.webId\b/, ".anonymousId"],
  [/\.identifiers\.(email|phone)\b/, ".traits.$1"],
  [/\.identifiers\b/, ".userId"],
  [/\.traits\.birthDate\b/, ".traits.birthday"],
  [/\.order\.orderNumber\b/, ".properties.order_id"],
  [/\.(payload|order|consent|serviceCase)\b/, ".properties"],
];
const inSegmentTerms = (issues: ErrorIssue[]): ErrorIssue[] =>
  issues.map((issue) => ({
    ...issue,
    path: FIELD_NAMES.reduce((path, [pattern, name]) => path.replace(pattern, name), issue.path),
  }));

const typeOf = (raw: unknown): unknown =>
  raw !== null && typeof raw === "object" ? (raw as { type?: unknown }).type : undefined;

function previousIdOf(raw: unknown): string | null {
  const value = raw !== null && typeof raw === "object" ? (raw as { previousId?: unknown }).previousId : null;
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : null;
}

/** Adds an alias's previousId to its prepared customer record: a known user id, else a web id. */
function withPreviousId(prepared: Prepared, previousId: string, isUserId: boolean, root: string): Prepared {
  if (!prepared.ok) return prepared;
  const kind: IdentifierKind = isUserId ? "external_user_id" : "web_id";
  const usable = usableIdentifier(kind, previousId);
  if (!usable.ok) return { ok: false, errors: [refIssue(`${root}.previousId`, usable.problem)] };
  const identifiers = [...prepared.item.identifiers, { kind, value: usable.value, raw: previousId }];
  return { ok: true, item: { ...prepared.item, identifiers } };
}

function prepareMessage(
  raw: unknown,
  index: number,
  source: string,
  fixedType: SegmentType | null,
  root: string,
  userIds: Set<string>,
): Prepared {
  const type = fixedType ?? typeOf(raw);
  const schema = typeof type === "string" ? SCHEMAS.get(type as SegmentType) : undefined;
  if (!schema) {
    return {
      ok: false,
      errors: [
        {
          path: `${root}.type`,
          message: "must be identify, track, page, screen or alias (group is not supported)",
        },
      ],
    };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      errors: englishIssues(parsed.error.issues.slice(0, 20), (path) => jsonPath(path, root)),
    };
  const message = { ...(parsed.data as object), type } as SegmentMessage;
  const mapped = mapSegmentMessage(message);
  if (mapped.kind === "customer") {
    const prepared = prepareCustomerItem(mapped.customer, index, root);
    if (!prepared.ok) return { ok: false, errors: inSegmentTerms(prepared.errors) };
    if (message.type !== "alias") return prepared;
    const previousId = String(message.previousId);
    const asUserId = usableIdentifier("external_user_id", previousId);
    const isUserId = asUserId.ok && userIds.has(asUserId.value);
    return withPreviousId(prepared, previousId, isUserId, root);
  }
  if (!message.messageId)
    return {
      ok: false,
      errors: [{ path: `${root}.messageId`, message: "is required: it is how retries are recognised" }],
    };
  const prepared = prepareEventItem(mapped.event, index, source, root);
  return prepared.ok ? prepared : { ok: false, errors: inSegmentTerms(prepared.errors) };
}

/** One message or a batch of them (with the batch's context and integrations), as our own API does. */
export async function ingestSegment(
  source: string,
  messages: unknown[],
  fixedType: SegmentType | null,
  isBatch: boolean,
  defaults: BatchDefaults = {},
): Promise<BatchResult> {
  const rootOf = (index: number) => (isBatch ? `$.batch[${index}]` : "$");
  const withDefaults = messages.map((raw) => withBatchDefaults(raw, defaults));
  const previousIds = withDefaults
    .filter((raw) => (fixedType ?? typeOf(raw)) === "alias")
    .map(previousIdOf)
    .filter((id) => id !== null);
  const userIds = await knownUserIds(previousIds);
  const prepared = withDefaults.map((raw, index) =>
    prepareMessage(raw, index, source, fixedType, rootOf(index), userIds),
  );
  const idOf = (index: number) => {
    const raw = messages[index];
    const id =
      raw !== null && typeof raw === "object" ? (raw as { messageId?: unknown }).messageId : undefined;
    return typeof id === "string" && id.length <= 200 ? id : undefined;
  };
  return runPrepared(source, prepared, rootOf, idOf);
}
