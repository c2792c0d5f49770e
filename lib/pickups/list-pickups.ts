import "server-only";
import { maskedFor } from "@/lib/boards/mask-board-rows";
import { getAdviceForCustomers } from "@/lib/advice/get-advice-for-customers";
import { assertCan, type Actor } from "@/lib/auth/actor";
import type { BoardLocationChoice, PickupLine, PickupRow, PickupsBoard } from "@/lib/boards/board-types";
import { badgeColumns, loadBoardBadges, type BadgeRecord } from "@/lib/boards/load-board-badges";
import { resolveBoardLocation } from "@/lib/boards/resolve-board-location";
import { db } from "@/lib/db/client";
import { readHeavyRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Channel } from "@/lib/generated/prisma/enums";
import { customerDisplayName } from "@/lib/format/names";
import { localDate } from "@/lib/time/local-date";
import { pickupsQuerySchema } from "@/lib/validation/boards";
import { parseInput } from "@/lib/validation/parse";

/** A bound, not a page size: a store's shelf of waiting orders is far smaller. */
const MAX_PICKUPS = 1_000;

interface PickupRecord extends BadgeRecord {
  id: string;
  orderNumber: string;
  readyDate: string;
  placedAt: Date;
  channel: Channel;
  totalAmount: string;
  currency: string;
  firstName: string | null;
  lastName: string | null;
}

/**
 * The pickups board of one store (default: the actor's first): click-and-collect orders ready for
 * pickup, oldest first, with their lines, advice that leaves out what the customer already has, and
 * the customers' context badges.
 */
export async function listPickups(
  actor: Actor,
  input: unknown = {},
  /** Only these orders (a live board reading again what changed), read from the primary. */
  { orderIds }: { orderIds?: string[] } = {},
): Promise<{ board: PickupsBoard; choices: BoardLocationChoice[] }> {
  assertCan(actor, "pickups.view");
  const query = parseInput(pickupsQuerySchema, input);
  const { location, choices } = await resolveBoardLocation(actor, "store", query.location);
  const generatedAt = new Date().toISOString();
  if (!location) {
    return {
      board: { location: null, today: localDate("Europe/Amsterdam"), rows: [], generatedAt },
      choices,
    };
  }

  const today = localDate(location.timeZone);
  const records = await readHeavyRows<PickupRecord>(
    Prisma.sql`
    SELECT o.id, o."orderNumber", to_char(o."readyDate", 'YYYY-MM-DD') AS "readyDate", o."placedAt", o.channel,
      o."totalAmount"::text AS "totalAmount", o.currency, c.id AS "customerId", c."firstName", c."lastName",
      (SELECT count(*)::int FROM "Order" p
       WHERE p."customerId" = c.id AND p."placedAt" < o."placedAt" AND p.status <> 'cancelled') AS "previousVisits",
      ${badgeColumns(Prisma.sql`c.id`)}
    FROM "Order" o JOIN "Customer" c ON c.id = o."customerId"
    WHERE o."pickupLocationId" = ${location.id}::uuid AND o."pickupStatus" = 'ready'
      AND o.fulfilment = 'click_and_collect' AND o.status <> 'cancelled' AND o."readyDate" <= ${today}::date
      ${orderIds ? Prisma.sql`AND o.id = ANY(${orderIds}::uuid[])` : Prisma.empty}
    ORDER BY o."readyDate", o."placedAt", o.id
    LIMIT ${MAX_PICKUPS}`,
    { fresh: orderIds !== undefined },
  );
  if (records.length === 0) return { board: { location, today, rows: [], generatedAt }, choices };

  const lines = await db.orderLine.findMany({
    where: { orderId: { in: records.map((record) => record.id) } },
    orderBy: [{ orderId: "asc" }, { id: "asc" }],
    select: { id: true, orderId: true, productName: true, category: true, quantity: true },
  });
  const linesByOrder = new Map<string, PickupLine[]>();
  for (const { orderId, ...line } of lines)
    linesByOrder.set(orderId, [...(linesByOrder.get(orderId) ?? []), line]);

  // A customer with two waiting orders gets one piece of advice covering both.
  const anchors = new Map<string, { categories: Set<string>; products: Record<string, string> }>();
  for (const record of records) {
    const anchor = anchors.get(record.customerId) ?? { categories: new Set(), products: {} };
    for (const line of linesByOrder.get(record.id) ?? []) {
      anchor.categories.add(line.category);
      anchor.products[line.category] ??= line.productName;
    }
    anchors.set(record.customerId, anchor);
  }
  const [advice, { badges, contactBadges }] = await Promise.all([
    getAdviceForCustomers(
      [...anchors].map(([customerId, anchor]) => ({
        customerId,
        anchorCategories: [...anchor.categories],
        anchorProducts: anchor.products,
      })),
    ),
    loadBoardBadges(records),
  ]);

  const rows = records.map((record): PickupRow => ({
    orderId: record.id,
    orderNumber: record.orderNumber,
    readyDate: record.readyDate,
    placedAt: record.placedAt.toISOString(),
    channel: record.channel,
    totalAmount: record.totalAmount,
    currency: record.currency,
    customer: { id: record.customerId, name: customerDisplayName(record) },
    lines: linesByOrder.get(record.id) ?? [],
    advice: (advice.get(record.customerId) ?? []).map(({ category, title, explanation }) => ({
      category,
      title,
      explanation,
    })),
    badges: badges(record),
    contactBadges: contactBadges(record.customerId),
  }));
  return { board: { location, today, rows: maskedFor(actor, rows), generatedAt }, choices };
}
