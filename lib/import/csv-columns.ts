import "server-only";
import type { ImportKind } from "@/lib/validation/import";

// The flat CSV columns of the import and where each lands in the API's nested record. The import page
// and the README render this table, so it is the one place to add a column.

export interface CsvColumn {
  name: string;
  /** Dotted path in the API record, e.g. "identifiers.email". */
  target: string;
  isRequired: boolean;
  description: string;
}

const column = (name: string, target: string, description: string, isRequired = false): CsvColumn => ({
  name,
  target,
  description,
  isRequired,
});

const IDENTIFIER_COLUMNS = [
  column("email", "identifiers.email", "Email address; trimmed and lower-cased."),
  column("phone", "identifiers.phone", "Phone number; Dutch numbers may omit +31."),
  column("loyalty_id", "identifiers.loyaltyId", "Loyalty programme number."),
  column("external_user_id", "identifiers.externalUserId", "The source system's own user id."),
  column("booking_ref", "identifiers.bookingRef", "A booking reference the customer holds."),
  column("web_id", "identifiers.webId", "Anonymous browser or device id."),
];
export const IDENTIFIER_COLUMN_NAMES = IDENTIFIER_COLUMNS.map((c) => c.name);

const NAME_COLUMNS = [
  column("first_name", "traits.firstName", "First name."),
  column("last_name", "traits.lastName", "Last name."),
  column("language", "traits.language", "ISO 639-1 code such as nl or en."),
];

export const EVENT_COLUMNS: readonly CsvColumn[] = [
  column(
    "source_event_id",
    "sourceEventId",
    "Your id for the event; a second import of it is a duplicate.",
    true,
  ),
  column("type", "type", "Event type, e.g. page_view, complaint, survey_sent.", true),
  column("channel", "channel", "web, email, phone, in_person, store …", true),
  column("direction", "direction", "inbound (the customer acted) or outbound (we contacted them).", true),
  column("occurred_at", "occurredAt", "ISO 8601 with a time zone, e.g. 2026-11-23T14:05:00+01:00.", true),
  ...IDENTIFIER_COLUMNS,
  ...NAME_COLUMNS,
  column("location_code", "locationCode", "Code of a known location, e.g. HTL-AMS."),
  column("name", "name", "Your own name for the event."),
  column("summary", "summary", "One line for the timeline."),
  column("reason", "reason", "Why it happened, e.g. the complaint's subject."),
  column("utm_source", "campaign.source", "Campaign source."),
  column("utm_medium", "campaign.medium", "Campaign medium."),
  column("utm_campaign", "campaign.campaign", "Campaign name."),
  column("referrer", "referrer", "Referring URL."),
];

export const CUSTOMER_COLUMNS: readonly CsvColumn[] = [
  ...IDENTIFIER_COLUMNS,
  ...NAME_COLUMNS,
  column("preferred_name", "traits.preferredName", "How they like to be addressed."),
  column("salutation", "traits.salutation", "Form of address, e.g. mevrouw, Mr."),
  column("birth_date", "traits.birthDate", "YYYY-MM-DD."),
  column("street", "traits.street", "Street and number."),
  column("postal_code", "traits.postalCode", "Postal code."),
  column("city", "traits.city", "City."),
  column("country", "traits.country", "ISO 3166-1 code such as NL."),
  column("time_zone", "traits.timeZone", "IANA time zone such as Europe/Amsterdam."),
];

export const COLUMNS_OF: Record<ImportKind, readonly CsvColumn[]> = {
  events: EVENT_COLUMNS,
  customers: CUSTOMER_COLUMNS,
};
