import "server-only";
import { maskFreeText } from "./mask-text";

// What the server sends a role without personal-data access is masked as a whole, not field by
// field: every string in it, object keys included, however deeply nested. A field added later is
// covered without anyone remembering to mask it.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export type MaskLeaf = (value: string, key: string) => string;

/** Ids and timestamps are ours, never personal data: skipped without parsing. */
export function maskString(value: string): string {
  if (value.length === 36 && UUID.test(value)) return value;
  if (value.length <= 29 && ISO_TIME.test(value)) return value;
  return maskFreeText(value);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function maskKeys(entries: [string, unknown][]): [string, unknown][] {
  const used = new Set<string>();
  return entries.map(([key, value]) => {
    let masked = maskString(key);
    // Two addresses can mask alike ("a***@e***.nl"); neither value may be lost.
    for (let n = 2; used.has(masked); n += 1) masked = `${maskString(key)} (${n})`;
    used.add(masked);
    return [masked, value];
  });
}

/**
 * `value` with every email address and phone number masked. Dates, numbers and other non-plain
 * objects pass through; `leaf` can treat a string by the key it sits under (see mask-payload.ts).
 */
export function maskDeep<T>(value: T, leaf: MaskLeaf = maskString, key = ""): T {
  if (typeof value === "string") return leaf(value, key) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => maskDeep(item, leaf, key)) as T;
  if (value === null || typeof value !== "object" || !isPlainObject(value)) return value;
  const entries = Object.entries(value).map(([k, item]): [string, unknown] => [k, maskDeep(item, leaf, k)]);
  return Object.fromEntries(maskKeys(entries)) as T;
}
