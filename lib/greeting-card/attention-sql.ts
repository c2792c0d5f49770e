import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { RECENT_DAYS, type CardContext } from "./card-context";
import { asWritten, utc, type JsonRow, type TextMask } from "./card-sql";
import type { Attention, RecentEvent } from "./card-types";

const MAX_CASES = 3;
const MAX_EVENTS = 2;

// Inbound contacts that expect an answer, and the events that answer them.
const CONTACTS = ["service_contact", "complaint", "info_question", "social_mention"] as const;
const REPLIES = ["service_reply", "case_resolved"] as const;
const PROBLEMS = ["booking_cancelled", "order_cancelled", "order_delayed"] as const;

export type AttentionJson = {
  [K in keyof Attention]: Attention[K] extends (infer T)[] ? JsonRow<T>[] : Attention[K];
};

const eventJson = Prisma.sql`json_build_object('id', e.id, 'type', e.type, 'channel', e.channel,
  'summary', e.summary, 'reason', e.reason, 'occurredAt', e."occurredAt")`;

/**
 * What needs care before anything else, as one JSON value for the card's statement: open service
 * cases (complaints first), cancellations and delays of the last RECENT_DAYS days, and inbound
 * contacts of that period nobody answered yet (an event that opened a listed case, by its caseRef or
 * its moment, is left out). Index range scans only: ServiceCase (customerId, status) and
 * JourneyEvent (customerId, occurredAt) over RECENT_DAYS.
 */
export function attentionSql({ now }: CardContext, id: Prisma.Sql): Prisma.Sql {
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  return Prisma.sql`(
    WITH open_cases AS (
      SELECT sc.reference, sc.kind, sc.reason, sc.summary, sc.status, sc.channel, sc."openedAt",
        l.name AS "locationName"
      FROM "ServiceCase" sc LEFT JOIN "Location" l ON l.id = sc."locationId"
      WHERE sc."customerId" = ${id} AND sc.status IN ('open', 'pending')
    )
    SELECT json_build_object(
      'cases', (SELECT COALESCE(json_agg(c), '[]'::json) FROM (
        SELECT * FROM open_cases ORDER BY kind = 'complaint' DESC, "openedAt" DESC LIMIT ${MAX_CASES}) c),
      'openCaseCount', (SELECT count(*) FROM open_cases),
      'problems', (SELECT COALESCE(json_agg(${eventJson} ORDER BY e."occurredAt" DESC), '[]'::json) FROM (
        SELECT * FROM "JourneyEvent" e
        WHERE e."customerId" = ${id} AND e."occurredAt" >= ${since}
          AND e.type::text = ANY(${PROBLEMS}::text[])
        ORDER BY e."occurredAt" DESC LIMIT ${MAX_EVENTS}) e),
      'unanswered', (SELECT COALESCE(json_agg(${eventJson} ORDER BY e."occurredAt" DESC), '[]'::json) FROM (
        SELECT * FROM "JourneyEvent" e
        WHERE e."customerId" = ${id} AND e."occurredAt" >= ${since}
          AND e.direction = 'inbound' AND e.type::text = ANY(${CONTACTS}::text[])
          AND NOT EXISTS (
            SELECT 1 FROM "JourneyEvent" r
            WHERE r."customerId" = ${id} AND r."occurredAt" > e."occurredAt"
              AND r.type::text = ANY(${REPLIES}::text[]))
          AND NOT EXISTS (
            SELECT 1 FROM open_cases oc
            WHERE oc.reference = e.payload->>'caseRef' OR oc."openedAt" = e."occurredAt")
        ORDER BY e."occurredAt" DESC LIMIT ${MAX_EVENTS}) e)))`;
}

export function toAttention(json: AttentionJson, text: TextMask = asWritten): Attention {
  const toEvent = (event: JsonRow<RecentEvent>): RecentEvent => ({
    ...event,
    summary: text(event.summary),
    reason: event.reason === null ? null : text(event.reason),
    occurredAt: utc(event.occurredAt),
  });
  return {
    cases: json.cases.map((c) => ({
      ...c,
      reason: text(c.reason),
      summary: text(c.summary),
      openedAt: utc(c.openedAt),
    })),
    openCaseCount: json.openCaseCount,
    problems: json.problems.map(toEvent),
    unanswered: json.unanswered.map(toEvent),
  };
}
