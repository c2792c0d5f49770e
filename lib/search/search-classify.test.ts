import { describe, expect, it } from "vitest";
import { classifySearch } from "./search-classify";

describe("classifySearch", () => {
  it("sends addresses with an @ to the email lookup, folded, and asks to finish half a one", () => {
    expect(classifySearch(" Anna.Jansen@Example.NL ")).toEqual({
      kind: "email",
      email: "anna.jansen@example.nl",
    });
    expect(classifySearch("anna@")).toEqual({ kind: "none", reason: "incomplete_email" });
  });

  it("reads Dutch phone numbers in every common format as the same E.164 number", () => {
    for (const typed of [
      "06 12345678",
      "06-12345678",
      "+31 6 1234 5678",
      "0031612345678",
      "(06) 1234 5678",
    ]) {
      expect(classifySearch(typed)).toMatchObject({ kind: "identifier", phone: "+31612345678" });
    }
  });

  it("turns references and order numbers into their stored form, keeping what was typed", () => {
    expect(classifySearch("gv-0a3fz-01")).toEqual({
      kind: "identifier",
      phone: null,
      code: "GV-0A3FZ-01",
      raw: "gv-0a3fz-01",
    });
    expect(classifySearch("#10023456")).toMatchObject({ kind: "identifier", code: "10023456" });
    expect(classifySearch("order 10023456")).toMatchObject({ kind: "identifier", code: "10023456" });
  });

  it("treats letters alone as a name, accent-folded, and wants two letters", () => {
    expect(classifySearch("  Mesut  Özil ")).toEqual({ kind: "name", folded: "mesut ozil" });
    expect(classifySearch("van 't Hek")).toEqual({ kind: "name", folded: "van 't hek" });
    expect(classifySearch("de Vries,")).toEqual({ kind: "name", folded: "de vries" });
    expect(classifySearch("a")).toEqual({ kind: "none", reason: "too_short" });
    expect(classifySearch("%%")).toEqual({ kind: "none", reason: "too_short" });
    expect(classifySearch("jo")).toEqual({ kind: "name", folded: "jo" });
  });
});
