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

export const UNSAFE_TEXT_MESSAGE = "must not contain NUL characters or unpaired UTF-16 surrogates";

export interface JsonProblem {
  path: (string | number)[];
  message: string;
}

/** The first reason a free-form JSON object can't be stored: too deep, too many nodes or unsafe text. */
export function findJsonProblem(value: unknown, limits = { depth: 10, nodes: 5_000 }): JsonProblem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (++nodes > limits.nodes) return { path: [], message: `has more than ${limits.nodes} values` };
    if (path.length > limits.depth) return { path, message: `nests deeper than ${limits.depth} levels` };
    if (typeof current === "string") {
      if (!isSafeText(current)) return { path, message: UNSAFE_TEXT_MESSAGE };
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    } else if (current !== null && typeof current === "object") {
      for (const [key, item] of Object.entries(current)) {
        if (!isSafeText(key)) return { path: [...path, key], message: `key ${UNSAFE_TEXT_MESSAGE}` };
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return null;
}
