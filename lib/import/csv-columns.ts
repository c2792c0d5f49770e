import "server-only";
import type { ImportKind } from "@/lib/validation/import";

// The flat CSV columns of the import and where each lands in the API's nested record: the one place to
// add a column. What each column means is in the message files (csvImport.column.<name>) for the
// import page, and in docs/csv-import.md.

export interface CsvColumn {
  name: string;
  /** Dotted path in the API record, e.g. "identifiers.email". */
  target: string;
  isRequired: boolean;
}

const column = (name: string, target: string, isRequired = false): CsvColumn => ({
  name,
  target,
  isRequired,
});

const IDENTIFIER_COLUMNS = [
  column("email", "identifiers.email"),
  column("phone", "identifiers.phone"),
  column("loyalty_id", "identifiers.loyaltyId"),
  column("external_user_id", "identifiers.externalUserId"),
  column("booking_ref", "identifiers.bookingRef"),
  column("web_id", "identifiers.webId"),
];
export const IDENTIFIER_COLUMN_NAMES = IDENTIFIER_COLUMNS.map((c) => c.name);

const NAME_COLUMNS = [
  column("first_name", "traits.firstName"),
  column("last_name", "traits.lastName"),
  column("language", "traits.language"),
];

export const EVENT_COLUMNS: readonly CsvColumn[] = [
  column("source_event_id", "sourceEventId", true),
  column("type", "type", true),
  column("channel", "channel", true),
  column("direction", "direction", true),
  column("occurred_at", "occurredAt", true),
  ...IDENTIFIER_COLUMNS,
  ...NAME_COLUMNS,
  column("location_code", "locationCode"),
  column("name", "name"),
  column("summary", "summary"),
  column("reason", "reason"),
  column("utm_source", "campaign.source"),
  column("utm_medium", "campaign.medium"),
  column("utm_campaign", "campaign.campaign"),
  column("referrer", "referrer"),
];

export const CUSTOMER_COLUMNS: readonly CsvColumn[] = [
  ...IDENTIFIER_COLUMNS,
  ...NAME_COLUMNS,
  column("preferred_name", "traits.preferredName"),
  column("salutation", "traits.salutation"),
  column("birth_date", "traits.birthDate"),
  column("street", "traits.street"),
  column("postal_code", "traits.postalCode"),
  column("city", "traits.city"),
  column("country", "traits.country"),
  column("time_zone", "traits.timeZone"),
];

export const COLUMNS_OF: Record<ImportKind, readonly CsvColumn[]> = {
  events: EVENT_COLUMNS,
  customers: CUSTOMER_COLUMNS,
};
