import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BookingStatus, Fulfilment, LocationType } from "@/lib/generated/prisma/enums";
import { identityKey, type PreparedItem } from "./ingest-types";
import type { KnownIdentity } from "./resolve-identities";
import { RetryBatchError } from "@/lib/db/retry-transaction";

type Tx = Prisma.TransactionClient;

export interface LockedCustomer {
  id: string;
  firstName: string | null;
  lastName: string | null;
  preferredName: string | null;
  isErased: boolean;
}

/** A customer this batch resolved to was erased meanwhile; the whole batch must be judged again. */
export class CustomerErasedError extends Error {}

export interface BatchState {
  duplicates: Set<string>;
  locations: Map<string, { id: string; type: LocationType }>;
  known: Map<string, KnownIdentity>;
  knownStrong: Set<string>;
  customers: Map<string, LockedCustomer>;
  webIdSightings: Map<string, number>;
  bookings: Map<string, { status: BookingStatus }>;
  orders: Map<string, { id: string; fulfilment: Fulfilment }>;
  cases: Set<string>;
}

const unique = <T>(values: (T | null | undefined)[]): T[] => [
  ...new Set(values.filter((v): v is T => v !== null && v !== undefined)),
];

/** Everything a batch needs to read, in a handful of set-based queries (never one per event). */
export async function loadBatchState(tx: Tx, source: string, items: PreparedItem[]): Promise<BatchState> {
  const events = items.flatMap((item) => (item.event ? [item.event] : []));
  const duplicates = events.length
    ? await tx.$queryRaw<{ id: string }[]>`
        SELECT "sourceEventId" AS id FROM "JourneyEvent" WHERE source = ${source} AND "sourceEventId" = ANY(${events.map((e) => e.sourceEventId)}::text[])`
    : [];

  const codes = unique(
    events.flatMap((e) =>
      [e.locationCode, e.booking?.locationCode, e.order?.pickupLocationCode].map((c) => c?.toUpperCase()),
    ),
  );
  const locations = codes.length
    ? await tx.$queryRaw<
        { id: string; code: string; type: LocationType }[]
      >`SELECT id, code, type::text AS type FROM "Location" WHERE code = ANY(${codes}::text[])`
    : [];

  const pairs = [
    ...new Map(
      items.flatMap((item) => item.identifiers.map((i) => [identityKey(i.kind, i.value), i] as const)),
    ).values(),
  ];
  const identities = await tx.$queryRaw<
    { type: string; value: string; customerId: string; isShared: boolean; hasStrong: boolean }[]
  >`
    SELECT i.type::text AS type, i."normalizedValue" AS value, i."customerId", i."isShared",
      EXISTS (SELECT 1 FROM "Identity" s WHERE s."customerId" = i."customerId" AND s.type IN ('external_user_id', 'loyalty_id', 'email')) AS "hasStrong"
    FROM unnest(${pairs.map((p) => p.kind)}::text[], ${pairs.map((p) => p.value)}::text[]) AS b(type, value)
    JOIN "Identity" i ON i.type = b.type::"IdentityType" AND i."normalizedValue" = b.value`;

  // Row locks in id order: a concurrent merge can't delete these customers under us, and two
  // batches touching the same customers queue instead of deadlocking.
  const customerIds = unique(identities.map((row) => row.customerId));
  const customers = customerIds.length
    ? await tx.$queryRaw<LockedCustomer[]>`
        SELECT id, "firstName", "lastName", "preferredName", "erasedAt" IS NOT NULL AS "isErased"
        FROM "Customer" WHERE id = ANY(${customerIds}::uuid[]) ORDER BY id FOR NO KEY UPDATE`
    : [];
  if (customers.length !== customerIds.length)
    throw new RetryBatchError("a customer was merged away while the batch was read");
  // Erased while this batch waited for its lock: its identifiers are suppressed now, which the
  // suppression check before the batch could not see yet. The caller checks again and reruns.
  if (customers.some((customer) => customer.isErased)) throw new CustomerErasedError();

  const webIds = identities.filter((row) => row.type === "web_id").map((row) => row.value);
  const sightings = webIds.length
    ? await tx.$queryRaw<{ value: string; count: number }[]>`
        SELECT "normalizedValue" AS value, count(*)::int AS count FROM "DuplicateSuggestion"
        WHERE "identityType" = 'web_id' AND "normalizedValue" = ANY(${webIds}::text[]) GROUP BY 1`
    : [];

  const bookingRefs = unique(events.map((e) => e.booking?.reference));
  const bookings = bookingRefs.length
    ? await tx.$queryRaw<{ reference: string; status: BookingStatus }[]>`
        SELECT reference, status::text AS status FROM "Booking" WHERE reference = ANY(${bookingRefs}::text[]) ORDER BY reference FOR UPDATE`
    : [];
  const orderNumbers = unique(events.map((e) => e.order?.orderNumber));
  const orders = orderNumbers.length
    ? await tx.$queryRaw<{ orderNumber: string; id: string; fulfilment: Fulfilment }[]>`
        SELECT "orderNumber", id, fulfilment::text AS fulfilment FROM "Order" WHERE "orderNumber" = ANY(${orderNumbers}::text[]) ORDER BY "orderNumber" FOR UPDATE`
    : [];
  const caseRefs = unique(events.map((e) => e.serviceCase?.reference));
  const cases = caseRefs.length
    ? await tx.$queryRaw<
        { reference: string }[]
      >`SELECT reference FROM "ServiceCase" WHERE reference = ANY(${caseRefs}::text[]) ORDER BY reference FOR UPDATE`
    : [];

  return {
    duplicates: new Set(duplicates.map((row) => row.id)),
    locations: new Map(locations.map((row) => [row.code, { id: row.id, type: row.type }])),
    known: new Map(
      identities.map((row) => [
        `${row.type}:${row.value}`,
        { customerId: row.customerId, isShared: row.isShared },
      ]),
    ),
    knownStrong: new Set(identities.filter((row) => row.hasStrong).map((row) => row.customerId)),
    customers: new Map(customers.map((row) => [row.id, row])),
    webIdSightings: new Map(sightings.map((row) => [row.value, row.count])),
    bookings: new Map(bookings.map((row) => [row.reference, { status: row.status }])),
    orders: new Map(orders.map((row) => [row.orderNumber, { id: row.id, fulfilment: row.fulfilment }])),
    cases: new Set(cases.map((row) => row.reference)),
  };
}
