import { z } from "zod";
import { issueMessage } from "@/lib/i18n/message-ref";
import { Channel, Direction, EventType } from "@/lib/generated/prisma/enums";
import { isoDate, requiredText, text } from "./api-text";

// The data-subject export (GDPR Art. 15 and 20) and the privacy request API. The JSON Schema in
// docs/privacy-export.schema.json and at GET /api/v1/privacy/export-schema is generated from
// privacyExportSchema, so the documented format and the produced one cannot drift apart.

const when = z.iso.datetime({ offset: true }).meta({ description: "ISO 8601 date-time (UTC)." });
const day = z.iso.date().meta({ description: "ISO 8601 date." });
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

export const PRIVACY_EXPORT_FORMAT = "gastvrij.privacy-export";

export const privacyExportSchema = z
  .strictObject({
    format: z.literal(PRIVACY_EXPORT_FORMAT),
    version: z.literal(1),
    generatedAt: when,
    controller: z.string().meta({ description: "Who produced this export." }),
    customer: z.strictObject({
      id: z.uuid(),
      firstName: nullable(z.string()),
      lastName: nullable(z.string()),
      preferredName: nullable(z.string()),
      salutation: nullable(z.string()),
      language: z.string(),
      birthDate: nullable(day),
      street: nullable(z.string()),
      postalCode: nullable(z.string()),
      city: nullable(z.string()),
      country: nullable(z.string()),
      timeZone: z.string(),
      firstTouchChannel: nullable(z.string()),
      firstTouchSource: nullable(z.string()),
      firstSeenAt: when,
      lastSeenAt: nullable(when),
    }),
    identities: z.array(
      z.strictObject({ type: z.string(), value: z.string(), source: z.string(), recordedAt: when }),
    ),
    events: z.array(
      z.strictObject({
        id: z.uuid(),
        type: z.enum(EventType),
        name: nullable(z.string()),
        channel: z.enum(Channel),
        direction: z.enum(Direction),
        occurredAt: when,
        location: nullable(z.string()),
        source: z.string(),
        sourceEventId: z.string(),
        summary: z.string(),
        reason: nullable(z.string()),
        campaign: z.strictObject({
          source: nullable(z.string()),
          medium: nullable(z.string()),
          campaign: nullable(z.string()),
        }),
        payload: z.unknown().meta({ description: "The source's own details, as sent." }),
      }),
    ),
    bookings: z.array(
      z.strictObject({
        reference: z.string(),
        location: z.string(),
        arrivalDate: day,
        departureDate: day,
        channel: z.string(),
        roomType: z.string(),
        roomNumber: nullable(z.string()),
        guests: z.int(),
        status: z.string(),
      }),
    ),
    orders: z.array(
      z.strictObject({
        orderNumber: z.string(),
        channel: z.string(),
        fulfilment: z.string(),
        status: z.string(),
        placedAt: when,
        totalAmount: z.string().meta({ description: 'Decimal amount as a string, e.g. "42.50".' }),
        currency: z.string(),
        lines: z.array(
          z.strictObject({
            sku: z.string(),
            productName: z.string(),
            category: z.string(),
            quantity: z.int(),
            unitPrice: z.string(),
          }),
        ),
      }),
    ),
    serviceCases: z.array(
      z.strictObject({
        reference: z.string(),
        kind: z.string(),
        reason: z.string(),
        summary: z.string(),
        status: z.string(),
        openedAt: when,
        closedAt: nullable(when),
      }),
    ),
    consents: z.array(
      z.strictObject({
        purpose: z.string(),
        channel: z.string(),
        status: z.string(),
        source: z.string(),
        occurredAt: when,
      }),
    ),
    facts: z.array(
      z.strictObject({
        kind: z.string(),
        label: z.string(),
        value: z.string(),
        source: z.string(),
        recordedAt: when,
      }),
    ),
    notes: z
      .array(z.strictObject({ occurredAt: when, type: z.string(), text: z.string() }))
      .meta({ description: "What staff logged about the customer (also among events)." }),
    outboundContacts: z.array(
      z.strictObject({
        eventId: z.uuid(),
        purpose: z.string(),
        channel: z.string(),
        occurredAt: when,
        withinPolicy: nullable(z.boolean()),
        violatedRules: z.array(z.string()),
        policyVersion: nullable(z.int()),
      }),
    ),
    merges: z.array(
      z.strictObject({
        mergedAt: when,
        reason: z.string(),
        role: z.enum(["survivor", "merged"]),
        undoneAt: nullable(when),
      }),
    ),
    recipients: z
      .array(
        z.strictObject({
          occurredAt: when,
          action: z.string(),
          staffName: nullable(z.string()),
          staffRole: nullable(z.string()),
          via: nullable(z.string()),
        }),
      )
      .meta({ description: "Who viewed or exported this customer's data: the audit entries about them." }),
  })
  .meta({ id: "PrivacyExport", title: "Gastvrij data-subject export" });

export type PrivacyExport = z.infer<typeof privacyExportSchema>;

export const PRIVACY_IDENTIFIER_TYPES = [
  "email",
  "phone",
  "external_user_id",
  "loyalty_id",
  "booking_ref",
] as const;

export const privacyRequestInputSchema = z
  .strictObject({
    type: z.enum(["access", "erasure"], { error: issueMessage("validation.privacy.accessOrErasure") }),
    identifierType: z.enum(PRIVACY_IDENTIFIER_TYPES, {
      error: issueMessage("validation.common.oneOf", { options: PRIVACY_IDENTIFIER_TYPES.join(", ") }),
    }),
    identifier: requiredText(320, "The customer's identifier of that type, as the source knows it."),
    reason: text(500)
      .optional()
      .meta({ description: "Why, in the requester's words (never the person's name)." }),
  })
  .meta({ id: "PrivacyRequestInput" });

export const privacyRequestSchema = z
  .strictObject({
    id: z.uuid(),
    type: z.enum(["access", "erasure"]),
    status: z.enum(["open", "completed", "rejected"]),
    createdAt: when,
    dueAt: when.meta({ description: "One month after receipt (GDPR Art. 12(3))." }),
    completedAt: nullable(when),
    pseudonym: z.string().optional().meta({ description: "Erasure: the stub's pseudonym." }),
    download: z
      .strictObject({ url: z.string(), expiresAt: when })
      .optional()
      .meta({ description: "Access: a signed link to the JSON export, valid for 15 minutes." }),
  })
  .meta({ id: "PrivacyRequest" });

export const eraseCustomerInputSchema = z.object({
  customerId: z.uuid({ error: issueMessage("validation.common.unknownCustomer") }),
  reason: z
    .string()
    .trim()
    .min(5, { error: issueMessage("validation.privacy.reasonLength", { min: 5 }) })
    .max(500),
  confirmation: z.literal("ERASE", { error: issueMessage("validation.privacy.typeErase") }),
});

export const liftSuppressionInputSchema = z.object({
  suppressionId: z.uuid({ error: issueMessage("validation.privacy.unknownSuppression") }),
  reason: z
    .string()
    .trim()
    .min(5, { error: issueMessage("validation.privacy.reasonLength", { min: 5 }) })
    .max(500),
});

export const exportQuerySchema = z.object({ format: z.enum(["json", "html"]).default("json") });

export const logPrivacyRequestSchema = z.object({
  customerId: z.uuid({ error: issueMessage("validation.privacy.customerId") }),
  type: z.enum(["access", "erasure"], { error: issueMessage("validation.privacy.requestType") }),
  receivedOn: isoDate.refine((day) => day <= new Date().toISOString().slice(0, 10), {
    error: issueMessage("validation.date.notAfterToday"),
  }),
  note: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((value) => value || undefined),
});

export const privacyRequestIdSchema = z.object({
  requestId: z.uuid({ error: issueMessage("validation.privacy.unknownRequest") }),
});
