import type { MessageKeys, Messages, NestedKeyOf } from "next-intl";
import type { z } from "zod";
import type { MessageRef } from "@/lib/errors";

// Validation and error sentences as message references, so staff read them in their own language.
// Zod keeps one string per issue, so a schema's custom message is the message key itself, followed by
// its values as JSON when it has any: 'validation.text.tooLong {"max":200}'. lib/validation/parse.ts
// turns such an issue back into a reference plus the English sentence; zod's own issues (too_small,
// invalid_type …) get a generic key built from the issue. No message files are imported here, so
// browser forms can use it with useTranslations().

export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;
export type MessageValues = NonNullable<MessageRef["values"]>;

/** A typed reference: a key that is not in the Dutch messages does not compile. */
export function messageRef(key: MessageKey, values?: MessageValues): MessageRef {
  return values ? { key, values } : { key };
}

/** The reference as a zod custom message: `{ error: issueMessage("validation.…") }`. */
export function issueMessage(key: MessageKey, values?: MessageValues): string {
  return asIssueMessage(messageRef(key, values));
}

/** A reference already made (messageRef()) as a zod custom message. */
export function asIssueMessage(ref: MessageRef): string {
  return ref.values ? `${ref.key} ${JSON.stringify(ref.values)}` : ref.key;
}

const KEYED = /^([A-Za-z][\w-]*(?:\.[A-Za-z_][\w-]*)+)(?: (\{.*\}))?$/s;

/** The reference inside a message made by issueMessage(), or null for a plain sentence. */
export function refInMessage(message: string): MessageRef | null {
  const match = KEYED.exec(message);
  if (!match) return null;
  if (!match[2]) return { key: match[1]! };
  try {
    return { key: match[1]!, values: JSON.parse(match[2]) as MessageValues };
  } catch {
    return null;
  }
}

const count = (value: number | bigint) => Number(value);
const list = (values: readonly unknown[]) => values.map((value) => String(value)).join(", ");

/** zod's own issue as a generic reference: "must be at least {minimum} characters", and so on. */
export function zodIssueRef(issue: z.core.$ZodIssue): MessageRef {
  switch (issue.code) {
    case "invalid_type":
      // zod reports a missing field as an invalid type whose input was undefined.
      return / received undefined$/.test(issue.message)
        ? { key: "validation.zod.required" }
        : { key: "validation.zod.invalidType", values: { expected: issue.expected } };
    case "too_small": {
      const minimum = count(issue.minimum);
      if (issue.origin === "string") {
        return minimum === 1
          ? { key: "validation.zod.empty" }
          : { key: "validation.zod.tooShort", values: { minimum } };
      }
      if (issue.origin === "array" || issue.origin === "set") {
        return { key: "validation.zod.tooFewItems", values: { minimum } };
      }
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") {
        const key = issue.inclusive === false ? "validation.zod.notAbove" : "validation.zod.tooLow";
        return { key, values: { minimum } };
      }
      return { key: "validation.zod.invalid" };
    }
    case "too_big": {
      const maximum = count(issue.maximum);
      if (issue.origin === "string") return { key: "validation.zod.tooLong", values: { maximum } };
      if (issue.origin === "array" || issue.origin === "set") {
        return { key: "validation.zod.tooManyItems", values: { maximum } };
      }
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") {
        const key = issue.inclusive === false ? "validation.zod.notBelow" : "validation.zod.tooHigh";
        return { key, values: { maximum } };
      }
      return { key: "validation.zod.invalid" };
    }
    case "invalid_format":
      return { key: "validation.zod.invalidFormat", values: { format: issue.format } };
    case "invalid_value":
      return issue.values.length === 1
        ? { key: "validation.zod.notValue", values: { value: list(issue.values) } }
        : { key: "validation.zod.notOneOf", values: { options: list(issue.values) } };
    case "unrecognized_keys":
      return {
        key: "validation.zod.unknownFields",
        values: { fields: list(issue.keys), count: issue.keys.length },
      };
    case "not_multiple_of":
      return { key: "validation.zod.notMultipleOf", values: { divisor: issue.divisor } };
    default:
      return { key: "validation.zod.invalid" };
  }
}

/** The reference of any zod issue: its own when the schema gave one, else the generic one. */
export function issueRef(issue: z.core.$ZodIssue): MessageRef {
  return refInMessage(issue.message) ?? zodIssueRef(issue);
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A reference said with a translator: next-intl's useTranslations() in a form, or the server's. */
export function sayRef(t: Translate, ref: MessageRef): string {
  const values = Object.fromEntries(
    Object.entries(ref.values ?? {}).map(([name, value]) => [
      name,
      typeof value === "object" ? sayRef(t, value) : value,
    ]),
  );
  return t(ref.key, values);
}
