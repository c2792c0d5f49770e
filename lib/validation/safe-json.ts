import { issueMessage, messageRef } from "@/lib/i18n/message-ref";
import type { MessageRef } from "@/lib/errors";

// Strings that PostgreSQL refuses (NUL in text or jsonb, unpaired UTF-16 surrogates in jsonb) must be
// turned away at validation, or a valid-looking event would fail the whole batch's transaction.

const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isSafeText(value: string): boolean {
  return !UNSAFE_TEXT.test(value);
}

/** For searches, which tolerate them: the text without NUL characters and unpaired surrogates. */
export function stripUnsafeText(value: string): string {
  return value.replace(new RegExp(UNSAFE_TEXT.source, "g"), "");
}

/** Why such text is refused, as a reference ("must not contain NUL characters …" in English). */
export const UNSAFE_TEXT_REF = messageRef("validation.text.unsafe");
/** The same as a zod custom message. */
export const UNSAFE_TEXT_ISSUE = issueMessage("validation.text.unsafe");

export interface JsonProblem {
  path: (string | number)[];
  ref: MessageRef;
}

/** The first reason a free-form JSON object can't be stored: too deep, too many nodes or unsafe text. */
export function findJsonProblem(value: unknown, limits = { depth: 10, nodes: 5_000 }): JsonProblem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (++nodes > limits.nodes) {
      return { path: [], ref: messageRef("validation.json.tooManyValues", { max: limits.nodes }) };
    }
    if (path.length > limits.depth)
      return { path, ref: messageRef("validation.json.tooDeep", { max: limits.depth }) };
    if (typeof current === "string") {
      if (!isSafeText(current)) return { path, ref: UNSAFE_TEXT_REF };
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    } else if (current !== null && typeof current === "object") {
      for (const [key, item] of Object.entries(current)) {
        if (!isSafeText(key)) return { path: [...path, key], ref: messageRef("validation.text.unsafeKey") };
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return null;
}
