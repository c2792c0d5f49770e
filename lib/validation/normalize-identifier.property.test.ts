import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  IDENTIFIER_PRIORITY,
  isPlaceholderIdentifier,
  normalizeIdentifier,
  usableIdentifier,
} from "./normalize-identifier";

const kinds = fc.constantFrom(...IDENTIFIER_PRIORITY);
const phoneLike = fc
  .tuple(
    fc.constantFrom("", "+31 ", "0031", "0", "+49 ", "+1 "),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 12 }),
    fc.constantFrom(" ", "-", "", "."),
  )
  .map(([prefix, digits, separator]) => prefix + digits.join("").replace(/(\d{3})/g, `$1${separator}`));
const emailLike = fc
  .tuple(
    fc.stringMatching(/^[A-Za-z0-9._%+-]{1,20}$/),
    fc.stringMatching(/^[A-Za-z0-9-]{1,15}$/),
    fc.constantFrom("nl", "COM", "de", "Org"),
    fc.constantFrom("", " ", "\t"),
  )
  .map(([local, domain, tld, pad]) => `${pad}${local}@${domain}.${tld}${pad}`);
const anyValue = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), phoneLike, emailLike);

describe("normalization (properties)", () => {
  it("is idempotent for every identifier kind", () => {
    fc.assert(
      fc.property(kinds, anyValue, (kind, raw) => {
        const once = normalizeIdentifier(kind, raw);
        if (once !== null) expect(normalizeIdentifier(kind, once)).toBe(once);
      }),
      { numRuns: 5_000 },
    );
  });

  it("gives a usable identifier that is its own normalization and no placeholder", () => {
    fc.assert(
      fc.property(kinds, anyValue, (kind, raw) => {
        const result = usableIdentifier(kind, raw);
        if (!result.ok) return;
        expect(normalizeIdentifier(kind, result.value)).toBe(result.value);
        expect(isPlaceholderIdentifier(kind, result.value)).toBe(false);
        expect(usableIdentifier(kind, result.value)).toEqual(result);
      }),
      { numRuns: 5_000 },
    );
  });

  it("refuses the placeholders sources send when they know nothing", () => {
    for (const raw of [
      "",
      " ",
      "null",
      "NULL",
      "undefined",
      "anonymous",
      "-1",
      "0",
      "0000000",
      "000-000",
      "n/a",
    ]) {
      for (const kind of IDENTIFIER_PRIORITY) expect(usableIdentifier(kind, raw).ok).toBe(false);
    }
    expect(usableIdentifier("email", "Test@Test.com").ok).toBe(false);
    expect(usableIdentifier("email", "someone@test.com").ok).toBe(false);
    // Demo data and benchmarks use RFC 2606 domains on purpose.
    expect(usableIdentifier("email", "aliette18496@example.net").ok).toBe(true);
    expect(usableIdentifier("phone", "+31 6 00000000").ok).toBe(false);
    expect(usableIdentifier("email", "anne@gastvrij.nl")).toEqual({ ok: true, value: "anne@gastvrij.nl" });
  });
});
