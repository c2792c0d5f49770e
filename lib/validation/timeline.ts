import { z } from "zod";
import { issueMessage } from "@/lib/i18n/message-ref";
import { Channel, EventType } from "@/lib/generated/prisma/enums";
import { isIsoDay } from "@/lib/time/local-date";
import { EARLIEST_DATE, LATEST_DATE } from "./api-text";
import { fromBase64Url, toBase64Url } from "./base64url";

// Timeline query: filters kept in the URL (comma-separated lists, so a link can be shared) and an
// opaque keyset cursor. Shared by the route, the page and the client, so nothing Node-only here.

export const TIMELINE_PAGE_SIZE = 50;
const MAX_LIST_ITEMS = 40;

/** "a,b" → ["a", "b"], each checked against the allowed values; a bad item names itself. */
function csvList<T extends string>(
  allowed: (value: string) => value is T,
  notAllowed:
    | "validation.timeline.notEventType"
    | "validation.timeline.notChannel"
    | "validation.timeline.notLocationId",
) {
  return z
    .string()
    .max(2000, { error: issueMessage("validation.timeline.tooLong") })
    .transform((value, ctx): T[] => {
      const items = [...new Set(value.split(",").map((item) => item.trim()))].filter(Boolean);
      if (items.length > MAX_LIST_ITEMS) {
        ctx.addIssue({
          code: "custom",
          message: issueMessage("validation.timeline.tooManyValues", { max: MAX_LIST_ITEMS }),
        });
        return z.NEVER;
      }
      const bad = items.find((item) => !allowed(item));
      if (bad !== undefined) {
        ctx.addIssue({ code: "custom", message: issueMessage(notAllowed, { value: bad.slice(0, 60) }) });
        return z.NEVER;
      }
      return items as T[];
    });
}

// Own keys only: "constructor" is `in` every object.
const isEventType = (value: string): value is EventType => Object.hasOwn(EventType, value);
const isChannel = (value: string): value is Channel => Object.hasOwn(Channel, value);
const isUuid = (value: string): value is string => z.uuid().safeParse(value).success;

const day = z
  .string()
  .refine(isIsoDay, { error: issueMessage("validation.date.isoDate"), abort: true })
  .refine((value) => value >= "1900-01-01" && value <= "2999-12-31", {
    error: issueMessage("validation.date.yearBetween", { from: "1900", to: "2999" }),
  });

/** An empty parameter (?from=) means "not set", as forms and hand-written links send it. */
const blankAsAbsent = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const filterFields = z.object({
  type: csvList(isEventType, "validation.timeline.notEventType").optional(),
  channel: csvList(isChannel, "validation.timeline.notChannel").optional(),
  location: csvList(isUuid, "validation.timeline.notLocationId").optional(),
  from: blankAsAbsent(day),
  to: blankAsAbsent(day),
});

const fromBeforeTo: [
  (filters: { from?: string; to?: string }) => boolean,
  { path: string[]; error: string },
] = [
  (filters) => !filters.from || !filters.to || filters.from <= filters.to,
  { path: ["to"], error: issueMessage("validation.date.notBeforeFrom") },
];

export const timelineFiltersSchema = filterFields.refine(...fromBeforeTo);

/** Parsed filters: lists of allowed values and days in Europe/Amsterdam. */
export type TimelineFilters = z.output<typeof timelineFiltersSchema>;

// ---- Cursor: the last row's (occurredAt, id), as base64url JSON --------------------------------------

export type TimelineCursor = { occurredAt: Date; id: string };

export function encodeTimelineCursor({ occurredAt, id }: TimelineCursor): string {
  return toBase64Url(JSON.stringify([occurredAt.toISOString(), id]));
}

// A cursor's time must be one PostgreSQL and the journey can hold (a crafted year 0000 is refused).
const cursorKey = z.tuple([
  z.iso.datetime().refine((value) => {
    const at = Date.parse(value);
    return at >= Date.parse(`${EARLIEST_DATE}T00:00:00Z`) && at <= Date.parse(`${LATEST_DATE}T23:59:59Z`);
  }),
  z.uuid(),
]);

export const timelineCursor = z
  .string()
  .max(200, { error: issueMessage("validation.timeline.cursor") })
  .transform((value, ctx): TimelineCursor => {
    let parsed: unknown = null;
    try {
      const json = fromBase64Url(value);
      parsed = json === null ? null : JSON.parse(json);
    } catch {
      parsed = null;
    }
    const key = cursorKey.safeParse(parsed);
    if (!key.success) {
      ctx.addIssue({
        code: "custom",
        message: issueMessage("validation.timeline.staleCursor"),
      });
      return z.NEVER;
    }
    return { occurredAt: new Date(key.data[0]), id: key.data[1] };
  });

// ---- The whole query of GET /api/customers/[id]/timeline ---------------------------------------------

export const timelineQuerySchema = filterFields
  .extend({
    cursor: blankAsAbsent(timelineCursor),
    limit: blankAsAbsent(
      z.coerce
        .number({ error: issueMessage("validation.number.notNumber") })
        .int({ error: issueMessage("validation.number.whole") })
        .min(1, { error: issueMessage("validation.number.atLeast", { min: 1 }) })
        .max(100, { error: issueMessage("validation.number.atMost", { max: 100 }) }),
    ),
  })
  .refine(...fromBeforeTo);

export type TimelineQuery = z.output<typeof timelineQuerySchema>;

/** The filters as URL parameters, in a fixed order so equal filters give equal URLs and query keys. */
export function timelineFilterParams(filters: TimelineFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.type?.length) params.set("type", [...filters.type].sort().join(","));
  if (filters.channel?.length) params.set("channel", [...filters.channel].sort().join(","));
  if (filters.location?.length) params.set("location", [...filters.location].sort().join(","));
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  return params;
}

/**
 * Filters from a page's search params. A hand-edited or stale link must not break the profile page,
 * so a bad filter is dropped here (the API route, by contrast, answers 400).
 */
export function timelineFiltersFromSearchParams(
  searchParams: Record<string, string | string[] | undefined> | URLSearchParams,
): TimelineFilters {
  const read = (key: string) => {
    const value = searchParams instanceof URLSearchParams ? searchParams.get(key) : searchParams[key];
    return (Array.isArray(value) ? value[0] : value) ?? undefined;
  };
  const shape = filterFields.shape;
  const pick = <K extends keyof typeof shape>(key: K) => {
    const parsed = shape[key].safeParse(read(key) || undefined);
    return parsed.success ? (parsed.data as z.output<(typeof shape)[K]>) : undefined;
  };
  const filters: TimelineFilters = {
    type: pick("type"),
    channel: pick("channel"),
    location: pick("location"),
    from: pick("from"),
    to: pick("to"),
  };
  if (filters.from && filters.to && filters.from > filters.to) filters.to = undefined;
  return compactFilters(filters);
}

/** Drops empty fields, so {} and { type: undefined } are the same filters (and the same query key). */
export function compactFilters(filters: TimelineFilters): TimelineFilters {
  return Object.fromEntries(
    Object.entries(filters).filter(
      ([, value]) => value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0),
    ),
  ) as TimelineFilters;
}
