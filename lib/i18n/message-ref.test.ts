import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { issueMessage, issueRef, refInMessage } from "./message-ref";
import { english, say, sayIssue } from "./translator";

const issuesOf = (schema: z.ZodType, input: unknown) => schema.safeParse(input).error!.issues;

describe("message references in zod messages", () => {
  it("carry a key, and its values as JSON, through zod and back", () => {
    const message = issueMessage("validation.text.tooLong", { max: 200 });
    expect(message).toBe('validation.text.tooLong {"max":200}');
    expect(refInMessage(message)).toEqual({ key: "validation.text.tooLong", values: { max: 200 } });
    expect(refInMessage("validation.text.empty")).toEqual({ key: "validation.text.empty" });
  });

  it("format numbers as each language writes them, grouping only where the sentence asks", () => {
    expect(english({ key: "validation.text.tooLong", values: { max: 2000 } })).toBe(
      "must be at most 2000 characters",
    );
    const batch = { key: "eligibility.request.atMost", values: { max: 1000 } };
    expect(english(batch)).toBe("send at most 1,000 identifiers per request");
    expect(say(batch, "nl", "?")).toBe("stuur hoogstens 1.000 identificaties per verzoek");
  });

  it("leave a plain sentence alone", () => {
    expect(refInMessage("must not be empty")).toBeNull();
    expect(refInMessage("Not found.")).toBeNull();
    expect(refInMessage('validation.text.tooLong {"max":')).toBeNull();
  });

  it("give zod's own issues a generic reference with the issue's values", () => {
    const schema = z
      .object({
        name: z.string(),
        rooms: z.number().min(3),
        tags: z.array(z.string()).min(2),
        email: z.email(),
        kind: z.enum(["hotel", "store"]),
        code: z.string().max(5),
      })
      .strict();
    const refs = issuesOf(schema, {
      rooms: 1,
      tags: [],
      email: "no",
      kind: "castle",
      code: "toolong",
      extra: 1,
    }).map((issue) => issueRef(issue));
    expect(refs).toEqual([
      { key: "validation.zod.required" },
      { key: "validation.zod.tooLow", values: { minimum: 3 } },
      { key: "validation.zod.tooFewItems", values: { minimum: 2 } },
      { key: "validation.zod.invalidFormat", values: { format: "email" } },
      { key: "validation.zod.notOneOf", values: { options: "hotel, store" } },
      { key: "validation.zod.tooLong", values: { maximum: 5 } },
      { key: "validation.zod.unknownFields", values: { fields: "extra", count: 1 } },
    ]);
    expect(refs.map((ref) => say(ref, "nl", "?"))).toEqual([
      "is verplicht",
      "moet minstens 3 zijn",
      "moet minstens 2 items bevatten",
      "moet een e-mailadres zijn",
      "moet een van deze zijn: hotel, store",
      "mag hoogstens 5 tekens lang zijn",
      "heeft een onbekend veld: extra",
    ]);
  });

  it("say a label inside a sentence in the sentence's language", () => {
    const schema = z.object({
      maxContacts: z.number().min(1, {
        error: issueMessage("validation.policy.atLeast", {
          field: { key: "validation.policy.fields.maxContacts" },
          min: 1,
        }),
      }),
    });
    const [issue] = issuesOf(schema, { maxContacts: 0 });
    expect(sayIssue(issue!, "en")).toBe("Marketing contacts per window must be at least 1.");
    expect(sayIssue(issue!, "nl")).toBe("Marketingcontacten per periode moet minstens 1 zijn.");
  });
});

describe("parseInput", () => {
  it("keeps the English sentence as the message and the key as the reference", () => {
    const schema = z.object({
      note: z.string().max(3, { error: issueMessage("validation.text.tooLong", { max: "3" }) }),
    });
    const error = (() => {
      try {
        parseInput(schema, { note: "four" });
      } catch (caught) {
        return caught;
      }
    })() as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe("note: must be at most 3 characters");
    expect(error.issues).toEqual([
      {
        path: "note",
        message: "must be at most 3 characters",
        ref: { key: "validation.text.tooLong", values: { max: "3" } },
      },
    ]);
  });

  it("keeps zod's own English for an issue without a custom message", () => {
    expect(() => parseInput(z.object({ rooms: z.number() }), {})).toThrow(
      "rooms: Invalid input: expected number, received undefined",
    );
  });
});
