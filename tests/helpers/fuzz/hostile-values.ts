// The classes of input that once gave 500s (issue 13), as raw JSON fragments and raw URL pieces, so
// a fuzz test can put them into any string, date, number or path parameter of any route.
import fc from "fast-check";

const deepArray = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;

export const ODD_DATES = [
  "0000-01-01",
  "0000-00-00",
  "0000-01-01T00:00:00Z",
  "0001-01-01T00:00:00Z",
  "-000001-01-01T00:00:00Z",
  "+275760-09-13T00:00:00.000Z",
  "+294277-01-01T00:00:00Z",
  "9999-12-31",
  "9999-12-31T23:59:59.999Z",
  "10000-01-01",
  "1899-12-31",
  "1000-01-01",
  "2026-02-30",
  "2026-02-29T10:00:00Z",
  "2026-13-01",
  "2026-11-20T24:00:00Z",
  "2026-11-20T10:00:60Z",
  "2026-11-20T10:00:00+25:00",
  "2026-11-20T10:00:00+14:59",
  "1970-01-01T00:00:00Z",
  "2026-11-20",
  "20261120",
  "2026-11-20T10:00:00",
  "infinity",
  "-infinity",
  "epoch",
  "now",
];

export const PROTOTYPE_NAMES = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "prototype",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__defineGetter__",
  "__lookupSetter__",
];

export const UNSTORABLE_TEXT = ["\u0000", "a\u0000b", "\ud800", "x\udc00y", "\udfff\ud800", "%00"];

export const BROKEN_PERCENT = ["%E0%A4%A", "%", "%zz", "%E0%A4", "%C0%80", "%ED%A0%80", "%FF", "%%30"];

/** Raw JSON text of numbers that JSON.parse turns into Infinity, -0, or beyond 2^53. */
export const HUGE_NUMBERS = [
  "1e309",
  "-1e400",
  "1e-400",
  "-0",
  "9007199254740993",
  "123456789012345678901234567890",
  "1.7976931348623157e308",
  "-1.7976931348623157e308",
  "4294967296",
  "2147483648",
];

const DEEP = [deepArray(20_000), deepObject(20_000), deepArray(12), deepObject(12)];

const jsonString = (value: string) => JSON.stringify(value);

/** A replacement for one JSON value, as raw JSON text (so deep nesting and 1e309 survive). */
export const hostileJson: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ODD_DATES).map(jsonString),
  fc.constantFrom(...PROTOTYPE_NAMES).map(jsonString),
  fc
    .tuple(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom("email", "phone", "x", ""), fc.boolean())
    .map(([name, other, first]) => jsonString(first ? `${name}:${other}` : `${other}:${name}`)),
  fc.constantFrom(...UNSTORABLE_TEXT).map(jsonString),
  fc
    .tuple(fc.constantFrom(...UNSTORABLE_TEXT), fc.constantFrom("anne@example.nl", "HTL-AMS", "email:a@b.nl"))
    .map(([bad, good]) => jsonString(`${good}${bad}`)),
  fc.constantFrom(...BROKEN_PERCENT).map(jsonString),
  fc.constantFrom(...DEEP),
  fc.constantFrom(...HUGE_NUMBERS),
  fc.constantFrom("null", "true", "[]", "{}", '""', '" "', "0", "-1"),
);

/** A replacement for one URL path segment or query value, already in the raw form sent on the wire. */
export const hostileUrlPiece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ODD_DATES).map(encodeURIComponent),
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.constantFrom(...PROTOTYPE_NAMES).map((name) => `${name}:anne%40example.nl`),
  fc.constantFrom(...PROTOTYPE_NAMES).map((name) => `email:${name}`),
  fc.constantFrom("%00", "a%00b", "email:anne%00%40example.nl", "%ED%A0%80", "%C0%80"),
  fc.constantFrom(...BROKEN_PERCENT),
  fc.constantFrom(...BROKEN_PERCENT).map((piece) => `email:${piece}`),
  fc.constantFrom(...HUGE_NUMBERS),
  fc.constantFrom("", "%20", "x".repeat(5_000), "[", "]".repeat(10_000)),
);

/** Decodes a path segment as Next.js does when it can, and keeps it raw when it can't. */
export function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const SLOT = "__fuzz_slot__";

/** Every path into a JSON value, objects and arrays included. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = path.length ? [path] : [];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, index) => pathsOf(item, [...path, index]))];
  if (value !== null && typeof value === "object")
    return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  return here;
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value))
    return value.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(record).map(([key, item]) => [
      key,
      key === head ? replaceAt(item, rest, replacement) : item,
    ]),
  );
}

/**
 * The template's JSON text with one value (chosen by `pick`) replaced by a hostile raw fragment, or,
 * when `asKey` is set, that value's key renamed to a prototype name.
 */
export function mutateJson(
  template: unknown,
  pick: number,
  fragment: string,
  asKey: string | null,
): { body: string; path: string } {
  const paths = pathsOf(template);
  const path = paths[pick % paths.length]!;
  const text = JSON.stringify(replaceAt(template, path, SLOT));
  if (asKey && typeof path[path.length - 1] === "string") {
    const key = JSON.stringify(path[path.length - 1]);
    const renamed = text.replace(`${key}:"${SLOT}"`, `${JSON.stringify(asKey)}:${fragment}`);
    return { body: renamed, path: `${path.slice(0, -1).join(".")}.${asKey}` };
  }
  return { body: text.replace(`"${SLOT}"`, fragment), path: path.join(".") };
}

export const mutation = fc.record({
  pick: fc.nat(),
  fragment: hostileJson,
  asKey: fc.option(fc.constantFrom(...PROTOTYPE_NAMES), { freq: 6 }),
});

/** One or two of each class: the sweep puts every one into every slot of a template. */
export const REPRESENTATIVES = [
  '"0000-01-01"',
  '"0000-01-01T00:00:00Z"',
  '"+275760-09-13T00:00:00.000Z"',
  '"2026-02-30"',
  '"constructor"',
  '"__proto__"',
  '"toString:x"',
  '"hasOwnProperty"',
  '"a\\u0000b"',
  '"\\ud800"',
  '"%E0%A4%A"',
  DEEP[0]!,
  DEEP[1]!,
  "1e309",
  "123456789012345678901234567890",
  "-0",
  "null",
];

/** Every template value replaced by every representative, and every key renamed to a prototype name. */
export function sweepBodies(template: unknown, under: (string | number)[] = []): string[] {
  const bodies: string[] = [];
  pathsOf(template).forEach((path, pick) => {
    if (under.some((part, index) => path[index] !== part)) return;
    for (const fragment of REPRESENTATIVES) bodies.push(mutateJson(template, pick, fragment, null).body);
    for (const key of ["__proto__", "constructor"]) bodies.push(mutateJson(template, pick, '"x"', key).body);
  });
  return [...new Set(bodies)];
}

export const URL_REPRESENTATIVES = [
  "0000-01-01",
  "%2B275760-09-13T00%3A00%3A00Z",
  "constructor",
  "__proto__",
  "hasOwnProperty:anne%40example.nl",
  "email:constructor",
  "toString:",
  "%00",
  "email:anne%00%40example.nl",
  "%ED%A0%80",
  "%E0%A4%A",
  "email:%E0%A4%A",
  "1e309",
  "123456789012345678901234567890",
  "x".repeat(5_000),
  "",
];

/** Runs `work` over `items`, `concurrency` at a time. */
export async function inPool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
