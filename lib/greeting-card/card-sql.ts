import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// Small SQL pieces shared by the card's section readers.

/** Location condition for "here": the actor's locations, or any location for admins. */
export function inScope(column: Prisma.Sql, scope: string[] | null): Prisma.Sql {
  return scope === null ? Prisma.sql`true` : Prisma.sql`${column} = ANY(${scope}::uuid[])`;
}

/** UTM "source / medium" of the latest campaign click in the 14 days before `at`, for a customer. */
export function campaignBefore(customerId: Prisma.Sql, at: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT concat_ws(' / ', e."utmSource", e."utmMedium") FROM "JourneyEvent" e
    WHERE e."customerId" = ${customerId} AND e.type = 'campaign_click'
      AND e."occurredAt" <= ${at} AND e."occurredAt" > ${at} - interval '14 days'
    ORDER BY e."occurredAt" DESC LIMIT 1)`;
}

/** Order lines as a JSON array, largest quantity first. */
export function orderLinesJson(orderId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT COALESCE(json_agg(json_build_object('productName', ol."productName", 'category', ol.category,
      'quantity', ol.quantity) ORDER BY ol.quantity DESC, ol."productName"), '[]'::json)
    FROM "OrderLine" ol WHERE ol."orderId" = ${orderId})`;
}

/** A row as json_build_object delivers it: dates arrive as strings. */
export type JsonRow<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };

/** JSON carries timestamp(3) columns as UTC wall time without a zone ("2026-11-23T09:00:00"). */
export function utc(value: string): Date {
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}

/**
 * How a section reader treats free text (case reasons, summaries, facts): as written, or with email
 * addresses and phone numbers masked for roles without personal-data access.
 */
export type TextMask = (text: string) => string;
export const asWritten: TextMask = (text) => text;
