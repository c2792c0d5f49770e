// Column lists of the tables the seed loads, in the order each line is written, and the set of
// buffers one chunk of customers fills. Tables are listed parents first, the order COPY needs.
import { CopyBuffer } from "./copy";

export const TABLE_COLUMNS = {
  Customer: [
    "id",
    "firstName",
    "lastName",
    "preferredName",
    "salutation",
    "language",
    "birthDate",
    "street",
    "postalCode",
    "city",
    "country",
    "timeZone",
    "searchName",
    "firstTouchChannel",
    "firstTouchSource",
    "firstSeenAt",
    "lastSeenAt",
    "createdAt",
    "updatedAt",
  ],
  Identity: ["id", "customerId", "type", "rawValue", "normalizedValue", "source", "createdAt"],
  Booking: [
    "id",
    "customerId",
    "locationId",
    "reference",
    "arrivalDate",
    "departureDate",
    "channel",
    "roomType",
    "roomNumber",
    "guests",
    "status",
    "source",
    "createdAt",
    "updatedAt",
  ],
  Order: [
    "id",
    "customerId",
    "orderNumber",
    "channel",
    "fulfilment",
    "status",
    "pickupLocationId",
    "pickupStatus",
    "readyDate",
    "pickedUpAt",
    "placedAt",
    "totalAmount",
    "currency",
    "source",
    "createdAt",
    "updatedAt",
  ],
  OrderLine: ["id", "orderId", "sku", "productName", "category", "quantity", "unitPrice", "customerId"],
  ServiceCase: [
    "id",
    "customerId",
    "locationId",
    "reference",
    "kind",
    "reason",
    "summary",
    "channel",
    "status",
    "openedAt",
    "closedAt",
    "source",
    "createdAt",
    "updatedAt",
  ],
  Consent: ["id", "customerId", "purpose", "channel", "status", "source", "occurredAt", "createdAt"],
  CustomerFact: [
    "id",
    "customerId",
    "kind",
    "label",
    "value",
    "source",
    "locationId",
    "recordedAt",
    "createdAt",
  ],
  JourneyEvent: [
    "id",
    "customerId",
    "type",
    "name",
    "channel",
    "direction",
    "occurredAt",
    "locationId",
    "source",
    "sourceEventId",
    "summary",
    "reason",
    "utmSource",
    "utmMedium",
    "utmCampaign",
    "payload",
  ],
  OutboundContact: ["eventId", "customerId", "purpose", "channel", "occurredAt", "source", "subjectRef"],
  CustomerLocation: ["customerId", "locationId", "firstSeenAt", "lastSeenAt"],
} as const;

export type SeedTable = keyof typeof TABLE_COLUMNS;
export const SEED_TABLES = Object.keys(TABLE_COLUMNS) as SeedTable[];

export type TableCounts = Record<SeedTable, number>;

export function emptyCounts(): TableCounts {
  return Object.fromEntries(SEED_TABLES.map((table) => [table, 0])) as TableCounts;
}

export function addCounts(into: TableCounts, more: TableCounts): void {
  for (const table of SEED_TABLES) into[table] += more[table];
}

export type ChunkBuffers = Record<SeedTable, CopyBuffer>;

export function createBuffers(): ChunkBuffers {
  return Object.fromEntries(
    SEED_TABLES.map((table) => [table, new CopyBuffer(table, TABLE_COLUMNS[table])]),
  ) as ChunkBuffers;
}
