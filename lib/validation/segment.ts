import { z } from "zod";

// The Segment HTTP API spec (identify, track, page, batch), as far as Gastvrij reads it. Unknown
// fields are allowed, as Segment allows them; what we read must have the right shape.

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

/** Messages of a batch are checked one by one, so one bad message is rejected alone. */
export const segmentBatchEnvelopeSchema = z.looseObject({
  batch: z
    .array(z.unknown(), { error: "must be an array of Segment messages" })
    .min(1, { error: "send at least one message" })
    .max(1000, { error: "send at most 1,000 messages per request" }),
  context: looseObject.optional(),
  integrations: looseObject.optional(),
});

export const segmentBatchSchema = z
  .looseObject({
    batch: z
      .array(z.union([segmentIdentifySchema, segmentTrackSchema, segmentPageSchema]))
      .min(1)
      .max(1000),
  })
  .meta({ id: "SegmentBatch" });

export type SegmentIdentify = z.infer<typeof segmentIdentifySchema>;
export type SegmentTrack = z.infer<typeof segmentTrackSchema>;
export type SegmentPage = z.infer<typeof segmentPageSchema>;
export type SegmentMessage =
  | (SegmentIdentify & { type: "identify" })
  | (SegmentTrack & { type: "track" })
  | (SegmentPage & { type: "page" });
