import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { readRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Customer, Identity } from "@/lib/generated/prisma/client";
import { PREPARED } from "@/lib/db/prepared-statements";
import type { CardContext } from "./card-context";
import { customerVisibleTo } from "@/lib/auth/customer-scope";
import { attentionSql, type AttentionJson } from "./attention-sql";
import { knownFactsSql, type KnownFactsJson } from "./known-facts-sql";
import { relationshipSql, type RelationshipJson } from "./relationship-sql";
import { todayVisitSql, type TodayVisitJson } from "./today-visit-sql";

export type ProfileCustomer = Pick<
  Customer,
  | "id"
  | "firstName"
  | "lastName"
  | "preferredName"
  | "salutation"
  | "language"
  | "city"
  | "firstTouchChannel"
  | "firstTouchSource"
  | "firstSeenAt"
  | "lastSeenAt"
>;

export type ProfileIdentity = Pick<Identity, "id" | "type" | "rawValue" | "normalizedValue">;

export type CardRow = ProfileCustomer & {
  identities: ProfileIdentity[];
  deskTimeZone: string | null;
  today: TodayVisitJson;
  attention: AttentionJson;
  relationship: RelationshipJson;
  facts: KnownFactsJson;
};

/**
 * The customer, if the actor may see them, with identities, the zone of the actor's desk and every
 * section of the card as JSON: one statement, one plan, one round trip. Its subqueries are short
 * index range scans on the customer's own rows, and run only when the visibility check passes.
 */
export function readCard(actor: Actor, context: CardContext): Promise<CardRow[]> {
  return readRows<CardRow>(cardStatement(actor, context));
}

/** The card's statement itself; the benchmark sends it straight to PostgreSQL as its baseline. */
export function cardStatement(actor: Actor, context: CardContext): Prisma.Sql {
  const id = Prisma.sql`${context.customerId}::uuid`;
  return Prisma.sql`${PREPARED}
    SELECT c.id, c."firstName", c."lastName", c."preferredName", c.salutation, c.language, c.city,
      c."firstTouchChannel", c."firstTouchSource", c."firstSeenAt", c."lastSeenAt",
      COALESCE((
        SELECT json_agg(json_build_object('id', i.id, 'type', i.type, 'rawValue', i."rawValue",
          'normalizedValue', i."normalizedValue") ORDER BY i."createdAt", i.id)
        FROM "Identity" i WHERE i."customerId" = c.id
      ), '[]'::json) AS identities,
      (SELECT l."timeZone" FROM "Location" l WHERE l.id = ANY(${context.scope ?? []}::uuid[])
        ORDER BY l.code LIMIT 1) AS "deskTimeZone",
      ${todayVisitSql(context, id)} AS today,
      ${attentionSql(context, id)} AS attention,
      ${relationshipSql(context, id)} AS relationship,
      ${knownFactsSql(id)} AS facts
    FROM "Customer" c
    WHERE c.id = ${id} AND ${customerVisibleTo(actor, Prisma.sql`c.id`)}`;
}
