import { z } from "zod";
import { Channel, Direction, EventType } from "@/lib/generated/prisma/enums";
import { isoDateTime, jsonObject, locationCode, requiredText, text } from "./api-text";
import {
  BOOKING_EVENTS,
  bookingSchema,
  CASE_EVENTS,
  consentSchema,
  factSchema,
  ORDER_EVENTS,
  orderSchema,
  serviceCaseSchema,
} from "./event-details";
import { identifiersSchema, traitsSchema } from "./identifiers";
import { issueMessage } from "@/lib/i18n/message-ref";

// Gastvrij's own event schema for POST /api/v1/events. The OpenAPI document is generated from it.

export const MAX_BATCH_EVENTS = 1000;
const MAX_FUTURE_MS = 24 * 3600 * 1000;
const EARLIEST = Date.UTC(1990, 0, 1);

export const campaignSchema = z
  .strictObject({
    source: text(200).nullish(),
    medium: text(200).nullish(),
    campaign: text(200).nullish(),
    term: text(200).nullish(),
    content: text(200).nullish(),
  })
  .meta({ id: "Campaign", description: "UTM parameters of the visit or message." });

export const eventSchema = z
  .strictObject({
    type: z
      .enum(EventType)
      .meta({ description: "What happened. Use generic with a name for anything else." }),
    name: text(200)
      .nullish()
      .meta({ description: "The source's own name for the event, e.g. a Segment track name." }),
    channel: z.enum(Channel),
    direction: z
      .enum(Direction)
      .meta({ description: "inbound: the customer acted; outbound: we contacted them." }),
    occurredAt: isoDateTime,
    locationCode: locationCode.nullish(),
    source: text(50).optional().meta({ description: "Must equal the API key's source when given." }),
    sourceEventId: requiredText(
      200,
      "The source's id for this event; (source, sourceEventId) is unique, so retries are harmless.",
    ),
    identifiers: identifiersSchema,
    traits: traitsSchema.optional(),
    summary: requiredText(500)
      .optional()
      .meta({ description: "One line for the timeline; defaults to the event type in words." }),
    reason: text(500).nullish(),
    campaign: campaignSchema.optional(),
    referrer: text(2000)
      .nullish()
      .meta({ description: "Referring URL; with campaign, decides the channel of arrival." }),
    payload: jsonObject.optional().meta({
      description: [
        "Anything else, stored as JSON (at most 10 levels, 5,000 values). Keys the contact policy reads on outbound events:",
        "contactPurpose (one of marketing_email, marketing_sms, marketing_push, survey, service_followup, proactive_social) states what a message is;",
        "caseRef (string) names the service case a reply belongs to; addressedToUs (true) marks a social post that was addressed to us;",
        "safetyIssue (true) marks unsolicited social contact about someone's safety; subjectRef, caseRef, bookingRef, bookingReference or orderNumber name what a survey asks about.",
        "A service follow-up is exempt from the limits only when it is one: its caseRef (or serviceCase) names an open case of this customer, or one resolved in the last 14 days,",
        "or, off social media, it answers a service_contact, complaint or info_question of the customer from the last 14 days; on social media addressedToUs also counts.",
        'Otherwise it is judged as the marketing, survey or unsolicited social contact it is, with the rule "not_a_followup".',
        "On payment events, amount (number or decimal string) and currency (default EUR) decide whether a payment was trivial.",
      ].join(" "),
    }),
    booking: bookingSchema.optional(),
    order: orderSchema.optional(),
    serviceCase: serviceCaseSchema.optional(),
    consent: consentSchema.optional(),
    fact: factSchema.optional(),
  })
  .superRefine((event, ctx) => {
    const at = Date.parse(event.occurredAt);
    if (at < EARLIEST || at > Date.now() + MAX_FUTURE_MS) {
      ctx.addIssue({
        code: "custom",
        path: ["occurredAt"],
        message: issueMessage("validation.events.occurredAtRange"),
      });
    }
    const require = (field: "booking" | "order" | "consent" | "fact", types: readonly string[]) => {
      if (types.includes(event.type) && event[field] === undefined) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: issueMessage("validation.events.detailRequired", { type: event.type }),
        });
      }
    };
    require("booking", BOOKING_EVENTS);
    require("order", ORDER_EVENTS);
    require("consent", ["consent_changed"]);
    require("fact", ["fact_learned"]);
    const misplaced: [keyof typeof event, readonly string[]][] = [
      ["booking", BOOKING_EVENTS],
      ["order", ORDER_EVENTS],
      ["serviceCase", CASE_EVENTS],
      ["consent", ["consent_changed"]],
      ["fact", ["fact_learned"]],
    ];
    for (const [field, types] of misplaced) {
      if (event[field] !== undefined && !types.includes(event.type)) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: issueMessage("validation.events.detailMisplaced", {
            types: types.join(", "),
            type: event.type,
          }),
        });
      }
    }
  })
  .meta({ id: "Event", description: "One thing that happened to or with a customer." });

export const eventsBatchSchema = z
  .strictObject({
    events: z
      .array(eventSchema)
      .min(1, { error: issueMessage("validation.events.atLeastOne") })
      .max(MAX_BATCH_EVENTS, { error: issueMessage("validation.events.atMost", { max: MAX_BATCH_EVENTS }) }),
  })
  .meta({ id: "EventsBatch" });

/** The envelope checked up front; each event is then validated on its own so one bad event is rejected alone. */
export const eventsEnvelopeSchema = z.strictObject({
  events: z
    .array(z.unknown(), { error: issueMessage("validation.events.array") })
    .min(1, { error: issueMessage("validation.events.atLeastOne") })
    .max(MAX_BATCH_EVENTS, { error: issueMessage("validation.events.atMost", { max: MAX_BATCH_EVENTS }) }),
});

export type EventInput = z.infer<typeof eventSchema>;

const issue = z
  .strictObject({ path: z.string().meta({ example: "$.events[3].occurredAt" }), message: z.string() })
  .meta({ id: "Issue" });

export const itemResultSchema = z
  .strictObject({
    index: z.int().meta({ description: "Position in the request's array." }),
    status: z.enum(["accepted", "duplicate", "rejected", "suppressed"]).meta({
      description:
        "suppressed: an identifier belongs to an erased customer (GDPR Art. 17); nothing of the item was stored.",
    }),
    sourceEventId: z.string().optional(),
    eventId: z.uuid().optional(),
    customerId: z.uuid().optional(),
    policy: z
      .strictObject({
        withinPolicy: z.boolean(),
        violatedRules: z.array(z.string()).meta({ description: "Contact-policy rules the contact broke." }),
      })
      .optional()
      .meta({
        id: "PolicyJudgement",
        description:
          "Outbound marketing, surveys and proactive social contact only: whether it was within the contact policy at its time. It is stored either way.",
      }),
    errors: z
      .array(issue)
      .optional()
      .meta({ description: "Why a rejected item was refused; nothing of it was stored." }),
    warnings: z
      .array(issue)
      .optional()
      .meta({ description: "Identifiers that were ignored (placeholders, malformed values)." }),
  })
  .meta({ id: "ItemResult" });

export const batchResponseSchema = z
  .strictObject({
    accepted: z.int(),
    duplicates: z.int(),
    rejected: z.int(),
    suppressed: z.int(),
    results: z.array(itemResultSchema),
  })
  .meta({
    id: "BatchResult",
    description: "200 when at least one item was accepted or was a duplicate; 400 when all were rejected.",
  });

export const errorResponseSchema = z
  .strictObject({
    error: z.strictObject({ code: z.string(), message: z.string(), issues: z.array(issue).optional() }),
  })
  .meta({ id: "Error" });

export type ItemResult = z.infer<typeof itemResultSchema>;
