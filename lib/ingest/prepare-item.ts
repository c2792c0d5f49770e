import type { z } from "zod";
import type { ErrorIssue } from "@/lib/errors";
import { jsonPath } from "@/lib/errors";
import {
  IDENTIFIER_PRIORITY,
  usableIdentifier,
  type IdentifierKind,
} from "@/lib/validation/normalize-identifier";
import { eventSchema, type EventInput } from "@/lib/validation/events";
import { customerRecordSchema, type Identifiers, type Traits } from "@/lib/validation/identifiers";
import { errorIssues } from "@/lib/validation/parse";
import type { PreparedEvent, PreparedIdentifier, PreparedItem } from "./ingest-types";
import { refIssue } from "@/lib/i18n/ref-errors";

// Validation and normalization of one item, without the database. A rejected item names the JSON
// path of each problem; ignored identifiers become warnings.

export type Prepared = { ok: true; item: PreparedItem } | { ok: false; errors: ErrorIssue[] };

const FIELD_OF: Record<IdentifierKind, keyof Identifiers> = {
  external_user_id: "externalUserId",
  loyalty_id: "loyaltyId",
  email: "email",
  phone: "phone",
  booking_ref: "bookingRef",
  web_id: "webId",
};

function prepareIdentifiers(identifiers: Identifiers, extraBookingRef: string | undefined, root: string) {
  const usable: PreparedIdentifier[] = [];
  const warnings: ErrorIssue[] = [];
  for (const kind of IDENTIFIER_PRIORITY) {
    const field = FIELD_OF[kind];
    const raw = identifiers[field] ?? (kind === "booking_ref" ? extraBookingRef : undefined);
    if (raw === null || raw === undefined) continue;
    const result = usableIdentifier(kind, raw);
    if (result.ok) usable.push({ kind, value: result.value, raw });
    else
      warnings.push(
        refIssue(`${root}.identifiers.${field}`, "validation.identifiers.ignored", {
          problem: result.problem,
        }),
      );
  }
  return { usable, warnings };
}

function cleanTraits(traits: Traits | undefined): Traits | null {
  if (!traits) return null;
  return {
    ...traits,
    language: traits.language?.toLowerCase() ?? traits.language,
    country: traits.country?.toUpperCase() ?? traits.country,
  };
}

function words(type: string): string {
  const text = type.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function referrerHost(referrer: string | null | undefined): string | null {
  if (!referrer) return null;
  try {
    return new URL(referrer).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

function prepareEvent(event: EventInput): PreparedEvent {
  const utmSource = event.campaign?.source?.trim() || null;
  const utmMedium = event.campaign?.medium?.trim() || null;
  return {
    type: event.type,
    name: event.name ?? null,
    channel: event.channel,
    direction: event.direction,
    occurredAt: new Date(event.occurredAt),
    locationCode: event.locationCode?.toUpperCase() ?? null,
    sourceEventId: event.sourceEventId,
    summary: event.summary ?? (event.type === "generic" && event.name ? event.name : words(event.type)),
    reason: event.reason ?? null,
    utmSource,
    utmMedium,
    utmCampaign: event.campaign?.campaign?.trim() || null,
    touchSource: utmSource
      ? [utmSource, utmMedium].filter(Boolean).join(" / ")
      : referrerHost(event.referrer),
    payload: event.payload ?? null,
    booking: event.booking,
    order: event.order,
    serviceCase: event.serviceCase,
    consent: event.consent,
    fact: event.fact,
  };
}

/** English for the API, with references the CSV import says in the uploader's language. */
function schemaErrors(issues: z.core.$ZodIssue[], root: string): ErrorIssue[] {
  return errorIssues(issues.slice(0, 20), (path) => jsonPath(path, root));
}

const noIdentifier = (root: string) => refIssue(`${root}.identifiers`, "validation.identifiers.noUsable");

/** An event of POST /api/v1/events; `source` is the API key's. */
export function prepareEventItem(
  raw: unknown,
  index: number,
  source: string,
  root = `$.events[${index}]`,
): Prepared {
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: schemaErrors(parsed.error.issues, root) };
  const event = parsed.data;
  if (event.source !== undefined && event.source !== source) {
    return {
      ok: false,
      errors: [
        refIssue(`${root}.source`, "validation.events.sourceMismatch", {
          source,
          given: event.source.slice(0, 50),
        }),
      ],
    };
  }
  const { usable, warnings } = prepareIdentifiers(event.identifiers, event.booking?.reference, root);
  if (usable.length === 0) return { ok: false, errors: [noIdentifier(root), ...warnings] };
  return {
    ok: true,
    item: {
      index,
      identifiers: usable,
      traits: cleanTraits(event.traits),
      event: prepareEvent(event),
      warnings,
    },
  };
}

/** A record of POST /api/v1/customers. */
export function prepareCustomerItem(raw: unknown, index: number, root = `$.customers[${index}]`): Prepared {
  const parsed = customerRecordSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: schemaErrors(parsed.error.issues, root) };
  const { usable, warnings } = prepareIdentifiers(parsed.data.identifiers, undefined, root);
  if (usable.length === 0) return { ok: false, errors: [noIdentifier(root), ...warnings] };
  return {
    ok: true,
    item: { index, identifiers: usable, traits: cleanTraits(parsed.data.traits), event: null, warnings },
  };
}
