import { describe, expect, it } from "vitest";
import { erasureTerms, scrubText, termPatterns } from "./erasure-terms";

const terms = erasureTerms({
  names: ["Ann", "de Vries", null],
  identities: [
    { type: "email", rawValue: "Ann.DV@Example.nl", normalizedValue: "ann.dv@example.nl" },
    { type: "phone", rawValue: "06 1234 5678", normalizedValue: "+31612345678" },
  ],
  references: ["B1", "BK-2026-1"],
});

describe("erasure terms", () => {
  it("match names as whole words and identifiers anywhere", () => {
    const patterns = termPatterns(terms).map(
      (p) => new RegExp(p.replace(/\[:alnum:\]/g, "\\p{L}\\p{N}"), "iu"),
    );
    const hits = (text: string) => patterns.some((pattern) => pattern.test(text));
    expect(hits("Spoke with Ann today")).toBe(true);
    expect(hits("planning the annex")).toBe(false);
    expect(hits("call 0612345678")).toBe(true);
    expect(hits("ref 612345678")).toBe(true);
    expect(hits("ann.dv%40example.nl")).toBe(true);
  });

  it("leave out references too short to mean anything", () => {
    expect(terms.fragments).not.toContain("b1");
    expect(terms.fragments).toContain("bk-2026-1");
  });

  it("scrub free text down to the replacement", () => {
    expect(scrubText("Ann de Vries (ANN.DV@example.nl, 06 1234 5678) planned", terms, "X")).toBe(
      "X X (X, X) planned",
    );
  });
});
