import { z } from "zod";
import { isoDate, text } from "./api-text";
import { issueMessage } from "@/lib/i18n/message-ref";

// Who an event or customer record is about, and what we learn about them, as source systems send it.

const identifier = (max: number, description: string) => text(max, description).nullish();

export const identifiersSchema = z
  .strictObject({
    externalUserId: identifier(256, "The source's own user id (Segment userId). Strongest identifier."),
    loyaltyId: identifier(128, "Loyalty programme number; case and spaces are ignored."),
    email: identifier(320, "Email address; trimmed and lower-cased."),
    phone: identifier(64, "Phone number; stored as E.164, Dutch numbers may omit +31."),
    bookingRef: identifier(128, "A booking reference the customer holds; case and spaces are ignored."),
    webId: identifier(256, "Anonymous browser or device id (Segment anonymousId). Weakest identifier."),
  })
  .meta({
    id: "Identifiers",
    description:
      'At least one usable identifier. Placeholders ("", "null", "anonymous", "-1", all zeros, test@test.com …) are ignored with a warning.',
  });

const LANGUAGE = /^[A-Za-z]{2}$/;
const COUNTRY = /^[A-Za-z]{2}$/;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const traitsSchema = z
  .strictObject({
    firstName: text(100).nullish(),
    lastName: text(100).nullish(),
    preferredName: text(100).nullish(),
    salutation: text(40, 'Form of address, e.g. "mevrouw", "meneer", "Ms".').nullish(),
    language: z
      .string()
      .regex(LANGUAGE, { error: issueMessage("validation.identifiers.language") })
      .nullish(),
    birthDate: isoDate.nullish(),
    street: text(200).nullish(),
    postalCode: text(20).nullish(),
    city: text(100).nullish(),
    country: z
      .string()
      .regex(COUNTRY, { error: issueMessage("validation.identifiers.country") })
      .nullish(),
    timeZone: z
      .string()
      .max(64)
      .refine(isTimeZone, { error: issueMessage("validation.identifiers.timeZone") })
      .nullish(),
  })
  .meta({
    id: "Traits",
    description:
      "What the source knows about the person. Given fields overwrite stored ones; omitted or null fields are left alone.",
  });

export const customerRecordSchema = z
  .strictObject({ identifiers: identifiersSchema, traits: traitsSchema.optional() })
  .meta({ id: "CustomerRecord" });

export const customersBatchSchema = z
  .strictObject({
    customers: z
      .array(customerRecordSchema)
      .min(1, { error: issueMessage("validation.identifiers.atLeastOne") })
      .max(1000, { error: issueMessage("validation.identifiers.atMost", { max: 1000 }) }),
  })
  .meta({ id: "CustomersBatch" });

/** The envelope checked up front; each customer is then validated on its own so one bad record is rejected alone. */
export const customersEnvelopeSchema = z.strictObject({
  customers: z
    .array(z.unknown())
    .min(1, { error: issueMessage("validation.identifiers.atLeastOne") })
    .max(1000, { error: issueMessage("validation.identifiers.atMost", { max: 1000 }) }),
});

export type Identifiers = z.infer<typeof identifiersSchema>;
export type Traits = z.infer<typeof traitsSchema>;
export type CustomerRecord = z.infer<typeof customerRecordSchema>;
