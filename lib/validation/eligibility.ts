import { z } from "zod";
import { Channel } from "@/lib/generated/prisma/enums";
import { normalizeIdentifier, type IdentifierKind } from "@/lib/validation/normalize-identifier";
import { contactPurposeSchema } from "./contact-policy";
import type { MessageRef } from "@/lib/errors";
import { asIssueMessage, issueMessage, messageRef } from "@/lib/i18n/message-ref";
import { isSafeText, UNSAFE_TEXT_ISSUE, UNSAFE_TEXT_REF } from "./safe-json";
import { UUID_PATTERN } from "@/lib/db/uuid";

// The eligibility API: GET /api/v1/customers/{identifier}/eligibility and POST /api/v1/eligibility.
// An identifier is "type:value" for any identity type ("email:anne@example.nl", "phone:+31612345678"),
// or "customer:<uuid>" for Gastvrij's own id, which stays valid after the customer is merged.

export const MAX_ELIGIBILITY_BATCH = 1000;

// A Map, so a type such as "constructor" or "__proto__" is simply unknown.
const KINDS = new Map<string, IdentifierKind | "customer">([
  ["email", "email"],
  ["phone", "phone"],
  ["loyalty_id", "loyalty_id"],
  ["loyaltyId", "loyalty_id"],
  ["external_user_id", "external_user_id"],
  ["externalUserId", "external_user_id"],
  ["web_id", "web_id"],
  ["webId", "web_id"],
  ["booking_ref", "booking_ref"],
  ["bookingRef", "booking_ref"],
  ["customer", "customer"],
  ["customer_id", "customer"],
  ["customerId", "customer"],
]);
const KIND_LIST = "email, phone, loyalty_id, external_user_id, web_id, booking_ref or customer";

export type CustomerIdentifier = { kind: IdentifierKind | "customer"; value: string };

/** A problem is a message reference; the public API answers its English. */
export type ParsedIdentifier =
  { ok: true; identifier: CustomerIdentifier } | { ok: false; problem: MessageRef };

export function parseCustomerIdentifier(raw: string): ParsedIdentifier {
  if (!isSafeText(raw)) return { ok: false, problem: UNSAFE_TEXT_REF };
  const colon = raw.indexOf(":");
  if (colon <= 0) {
    return { ok: false, problem: messageRef("eligibility.identifier.format", { kinds: KIND_LIST }) };
  }
  const type = raw.slice(0, colon).trim();
  const kind = KINDS.get(type);
  if (!kind) {
    return {
      ok: false,
      problem: messageRef("eligibility.identifier.unknownType", {
        type: type.slice(0, 40),
        kinds: KIND_LIST,
      }),
    };
  }
  const rawValue = raw.slice(colon + 1);
  if (kind === "customer") {
    const id = rawValue.trim().toLowerCase();
    return UUID_PATTERN.test(id)
      ? { ok: true, identifier: { kind, value: id } }
      : { ok: false, problem: messageRef("eligibility.identifier.customerId") };
  }
  const value = normalizeIdentifier(kind, rawValue);
  if (value === null) {
    const values = { value: rawValue.slice(0, 60), kind: kind.replace(/_/g, " ") };
    return { ok: false, problem: messageRef("validation.identifiers.notValid", values) };
  }
  return { ok: true, identifier: { kind, value } };
}

export const customerIdentifierSchema = z
  .string({ error: issueMessage("eligibility.identifier.string") })
  .max(400, { error: issueMessage("validation.text.tooLong", { max: 400 }) })
  .transform((raw, ctx) => {
    const parsed = parseCustomerIdentifier(raw);
    if (parsed.ok) return { raw, ...parsed.identifier };
    ctx.addIssue({ code: "custom", message: asIssueMessage(parsed.problem) });
    return z.NEVER;
  })
  .meta({
    description: `"type:value" where type is ${KIND_LIST}. Values are normalized as on ingest (case, spaces, phone format).`,
    example: "email:anne@example.nl",
  });

const subject = z
  .string({ error: issueMessage("validation.text.notString") })
  .trim()
  .min(1, { error: issueMessage("validation.text.empty") })
  .max(128, { error: issueMessage("validation.text.tooLong", { max: 128 }) })
  .refine(isSafeText, { error: UNSAFE_TEXT_ISSUE })
  .meta({
    description:
      "Survey: the case or booking reference it is about (one survey per case or stay). service_followup: the case it answers.",
  });

const surveyChannel = z.enum(Channel, { error: issueMessage("eligibility.request.channel") }).meta({
  description:
    "Survey and service_followup: the channel it would use (consent; a follow-up is judged as marketing on it when it answers nothing); defaults to email.",
});

const safetyIssue = z
  .boolean({ error: issueMessage("eligibility.request.trueOrFalse") })
  .meta({ description: "proactive_social only: the contact is about someone's safety." });

export const eligibilityQuerySchema = z.strictObject({
  purpose: contactPurposeSchema,
  subject: subject.optional(),
  channel: surveyChannel.optional(),
  safetyIssue: z
    .enum(["true", "false"], { error: issueMessage("eligibility.request.trueOrFalse") })
    .transform((value) => value === "true")
    .optional(),
});

export const eligibilityItemSchema = z
  .strictObject(
    {
      identifier: customerIdentifierSchema,
      purpose: contactPurposeSchema.optional().meta({ description: "Overrides the request's purpose." }),
      subject: subject.optional(),
      channel: surveyChannel.optional(),
      safetyIssue: safetyIssue.optional(),
    },
    { error: issueMessage("eligibility.identifier.item") },
  )
  .meta({ id: "EligibilityItem" });

export type EligibilityItem = z.infer<typeof eligibilityItemSchema>;

/**
 * A bare identifier string or an item object, validated by its own shape so an error names the
 * field ("$.identifiers[3].identifier") instead of zod's "Invalid input" for a failed union.
 */
const identifierOrItem = z.unknown().transform((value, ctx): EligibilityItem => {
  const parsed =
    typeof value === "string"
      ? customerIdentifierSchema.safeParse(value)
      : eligibilityItemSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    }
    return z.NEVER;
  }
  return "kind" in parsed.data ? { identifier: parsed.data } : parsed.data;
});

const batchShape = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    purpose: contactPurposeSchema.optional().meta({ description: "For every identifier without its own." }),
    identifiers: z
      .array(item, { error: issueMessage("eligibility.request.array") })
      .min(1, { error: issueMessage("eligibility.request.atLeastOne") })
      .max(MAX_ELIGIBILITY_BATCH, {
        error: issueMessage("eligibility.request.atMost", { max: MAX_ELIGIBILITY_BATCH }),
      }),
  });

/** Each item with its purpose settled: its own, else the request's. */
export const eligibilityBatchSchema = batchShape(identifierOrItem).transform((batch, ctx) => {
  const items = batch.identifiers.flatMap((item, index) => {
    const purpose = item.purpose ?? batch.purpose;
    if (purpose) return [{ ...item, purpose }];
    ctx.addIssue({
      code: "custom",
      path: ["identifiers", index],
      message: issueMessage("eligibility.request.needsPurpose"),
    });
    return [];
  });
  return items.length === batch.identifiers.length ? items : z.NEVER;
});

/** The same request for the OpenAPI document, where each item is shown as a string or an object. */
export const eligibilityBatchDocSchema = batchShape(
  z.union([customerIdentifierSchema, eligibilityItemSchema]),
).meta({ id: "EligibilityBatch" });

export type EligibilityQuery = z.infer<typeof eligibilityQuerySchema>;
export type EligibilityBatch = z.infer<typeof eligibilityBatchSchema>;

// Responses, for the OpenAPI document.

const reasonSchema = z
  .strictObject({
    rule: z.string().meta({ example: "survey_interval" }),
    message: z
      .string()
      .meta({ example: "Surveyed 12 days ago; the next survey is allowed from 21 Feb at 10:00" }),
  })
  .meta({ id: "EligibilityReason" });

const verdict = {
  purpose: contactPurposeSchema,
  allowed: z.boolean(),
  reasons: z.array(reasonSchema).meta({ description: "Every rule that denies; empty when allowed." }),
  earliestAllowedAt: z.iso.datetime().nullable().meta({
    description:
      "Now when allowed; when every rule allows; null when waiting won't help (consent refused, case open).",
  }),
};

export const eligibilityResponseSchema = z
  .strictObject({
    identifier: z.string(),
    customerId: z.uuid(),
    ...verdict,
    policyVersion: z.int().meta({ description: "0 while the built-in defaults are in force." }),
    checkedAt: z.iso.datetime(),
  })
  .meta({ id: "Eligibility" });

export const eligibilityBatchResponseSchema = z
  .strictObject({
    policyVersion: z.int(),
    checkedAt: z.iso.datetime(),
    found: z.int(),
    notFound: z.int(),
    results: z.array(
      z.union([
        z.strictObject({
          index: z.int(),
          identifier: z.string(),
          status: z.literal("found"),
          customerId: z.uuid(),
          ...verdict,
        }),
        z.strictObject({
          index: z.int(),
          identifier: z.string(),
          status: z.literal("not_found"),
          purpose: contactPurposeSchema,
        }),
      ]),
    ),
  })
  .meta({ id: "EligibilityBatchResult" });

export type EligibilityBatchResponse = z.infer<typeof eligibilityBatchResponseSchema>;
