import { describe, expect, it } from "vitest";
import { foldForSearch, normalizeEmail, normalizeIdentifier, normalizePhone } from "./normalize-identifier";

describe("normalizePhone", () => {
  it.each([
    ["06-12345678", "+31612345678"],
    ["06 1234 5678", "+31612345678"],
    ["+31 6 12345678", "+31612345678"],
    ["0031612345678", "+31612345678"],
    ["(020) 555 1234", "+31205551234"],
    ["+49 30 1234567", "+49301234567"],
  ])("reads %s as %s", (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });

  it.each(["", "abc", "12", "---"])("refuses %j", (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });
});

describe("normalizeEmail", () => {
  it("trims and lower-cases", () => {
    expect(normalizeEmail("  Anne.DeVries@Example.NL ")).toBe("anne.devries@example.nl");
  });
  it("refuses a value that is no address", () => {
    expect(normalizeEmail("anne at example")).toBeNull();
  });
});

describe("normalizeIdentifier", () => {
  it("folds case and spaces of booking references", () => {
    expect(normalizeIdentifier("booking_ref", " bk 12ab ")).toBe("BK12AB");
  });
  it("is idempotent", () => {
    for (const raw of ["06-12345678", "Anne@Example.nl", "bk 1"]) {
      for (const kind of ["phone", "email", "booking_ref"] as const) {
        const once = normalizeIdentifier(kind, raw);
        if (once !== null) expect(normalizeIdentifier(kind, once)).toBe(once);
      }
    }
  });
});

describe("foldForSearch", () => {
  it("joins, lower-cases and strips accents", () => {
    expect(foldForSearch("Zoë", "van  Dijk", null)).toBe("zoe van dijk");
  });
});
