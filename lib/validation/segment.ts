import { z } from "zod";
import { issueMessage } from "@/lib/i18n/message-ref";
import { requiredText } from "./api-text";

// The Segment HTTP API spec (identify, track, page, screen, alias, batch), as far as Gastvrij reads
// it. Unknown fields are allowed, as Segment allows them; what we read must have the right shape.

const looseObject = z.record(z.string(), z.unknown());
const timestamp = z.union([z.string().max(64), z.date()]).optional();

const common = {
  messageId: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "Becomes the sourceEventId; retries with the same messageId are duplicates." }),
  userId: z
    .union([z.string().max(256), z.number()])
    .nullish()
    .meta({ description: "Becomes the external user id." }),
  anonymousId: z
    .union([z.string().max(256), z.number()])
    .nullish()
    .meta({ description: "Becomes the web id." }),
  timestamp,
  originalTimestamp: timestamp,
  sentAt: timestamp,
  context: looseObject.optional().meta({
    description: "context.campaign (UTM), context.page.referrer, context.traits and context.locale are read.",
  }),
  integrations: looseObject.optional(),
};

export const segmentIdentifySchema = z
  .looseObject({ type: z.literal("identify").optional(), ...common, traits: looseObject.optional() })
  .meta({ id: "SegmentIdentify" });
export const segmentTrackSchema = z
  .looseObject({
    type: z.literal("track").optional(),
    ...common,
    event: z.string().min(1).max(200),
    properties: looseObject.optional(),
  })
  .meta({ id: "SegmentTrack" });
export const segmentPageSchema = z
  .looseObject({
    type: z.literal("page").optional(),
    ...common,
    name: z.string().max(200).nullish(),
    category: z.string().max(200).nullish(),
    properties: looseObject.optional(),
  })
  .meta({ id: "SegmentPage" });
/** A mobile app's page: stored as a page view on the app channel. */
export const segmentScreenSchema = z
  .looseObject({
    type: z.literal("screen").optional(),
    ...common,
    name: z.string().max(200).nullish(),
    category: z.string().max(200).nullish(),
    properties: looseObject.optional(),
  })
  .meta({ id: "SegmentScreen" });
/** Links previousId to userId with the identify rules: a strong id merges, a weak one suggests. */
export const segmentAliasSchema = z
  .looseObject({
    type: z.literal("alias").optional(),
    ...common,
    previousId: z
      .union([requiredText(256), z.number()], { error: issueMessage("validation.segment.previousId") })
      .meta({
        description:
          "A known external user id merges with userId's customer; anything else is taken as a web id (a suggestion, or a join for an anonymous visitor).",
      }),
    userId: z.union([requiredText(256), z.number()], { error: issueMessage("validation.segment.userId") }),
  })
  .meta({ id: "SegmentAlias" });

/** Messages of a batch are checked one by one, so one bad message is rejected alone. */
export const segmentBatchEnvelopeSchema = z.looseObject({
  batch: z
    .array(z.unknown(), { error: issueMessage("validation.segment.array") })
    .min(1, { error: issueMessage("validation.segment.atLeastOne") })
    .max(1000, { error: issueMessage("validation.segment.atMost", { max: 1000 }) }),
  context: looseObject.optional(),
  integrations: looseObject.optional(),
});

export const segmentBatchSchema = z
  .looseObject({
    context: looseObject.optional().meta({
      description: "Merged into every message's context (the message's own keys win), as Segment does.",
    }),
    integrations: looseObject.optional().meta({ description: "Merged into every message's integrations." }),
    batch: z
      .array(
        z.union([
          segmentIdentifySchema,
          segmentTrackSchema,
          segmentPageSchema,
          segmentScreenSchema,
          segmentAliasSchema,
        ]),
      )
      .min(1)
      .max(1000),
  })
  .meta({ id: "SegmentBatch" });

export type SegmentIdentify = z.infer<typeof segmentIdentifySchema>;
export type SegmentTrack = z.infer<typeof segmentTrackSchema>;
export type SegmentPage = z.infer<typeof segmentPageSchema>;
export type SegmentScreen = z.infer<typeof segmentScreenSchema>;
export type SegmentAlias = z.infer<typeof segmentAliasSchema>;
export type SegmentMessage =
  | (SegmentIdentify & { type: "identify" })
  | (SegmentTrack & { type: "track" })
  | (SegmentPage & { type: "page" })
  | (SegmentScreen & { type: "screen" })
  | (SegmentAlias & { type: "alias" });
