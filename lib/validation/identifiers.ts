import { z } from "zod";
import { isoDate, text } from "./api-text";

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
    language: z.string().regex(LANGUAGE, { error: "must be an ISO 639-1 code such as nl or en" }).nullish(),
    birthDate: isoDate.nullish(),
    street: text(200).nullish(),
    postalCode: text(20).nullish(),
    city: text(100).nullish(),
    country: z.string().regex(COUNTRY, { error: "must be an ISO 3166-1 alpha-2 code such as NL" }).nullish(),
    timeZone: z
      .string()
      .max(64)
      .refine(isTimeZone, { error: "must be an IANA time zone such as Europe/Amsterdam" })
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
      .min(1, { error: "send at least one customer" })
      .max(1000, { error: "send at most 1,000 customers per request" }),
  })
  .meta({ id: "CustomersBatch" });

/** The envelope checked up front; each customer is then validated on its own so one bad record is rejected alone. */
export const customersEnvelopeSchema = z.strictObject({
  customers: z
    .array(z.unknown())
    .min(1, { error: "send at least one customer" })
    .max(1000, { error: "send at most 1,000 customers per request" }),
});

export type Identifiers = z.infer<typeof identifiersSchema>;
export type Traits = z.infer<typeof traitsSchema>;
export type CustomerRecord = z.infer<typeof customerRecordSchema>;
