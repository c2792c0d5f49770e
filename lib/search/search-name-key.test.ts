import { describe, expect, it } from "vitest";
import { foldForSearch } from "@/lib/validation/normalize-identifier";
import { editVariants, exactProbes, nearProbes, nearRanges } from "./search-name-probes";
import { ACCENTED_LETTERS, PLAIN_LETTERS, prefixUpperBound, surnameKey } from "./search-name-key";

describe("surname key", () => {
  it("folds every accented letter the way foldForSearch does", () => {
    const accented = [...ACCENTED_LETTERS];
    expect(accented).toHaveLength([...PLAIN_LETTERS].length);
    accented.forEach((letter, i) => expect(foldForSearch(letter), letter).toBe(PLAIN_LETTERS[i]));
  });

  it("drops leading particles, so 'de Vries' and 'Vries' share a key", () => {
    expect(surnameKey("de vries")).toBe("vries");
    expect(surnameKey("van der heijden")).toBe("heijden");
    expect(surnameKey("van 't hek")).toBe("hek");
    expect(surnameKey("jansen")).toBe("jansen");
    // A particle alone is the whole surname, and a particle inside a name is not one.
    expect(surnameKey("van")).toBe("van");
    expect(surnameKey("vandenberg")).toBe("vandenberg");
  });

  it("bounds a prefix range just after every string that starts with it", () => {
    expect(prefixUpperBound("jans")).toBe("jant");
    expect("jansen" < prefixUpperBound("jans") && "jansen" >= "jans").toBe(true);
    expect("jant" < prefixUpperBound("jans")).toBe(false);
  });
});

describe("near ranges and spelling variants", () => {
  it("reads ever shorter prefixes without reading a range twice", () => {
    const ranges = nearRanges("heiden");
    expect(ranges).toContainEqual(["hei", "heid"]);
    expect(ranges).toContainEqual(["heie", "hej"]);
    const within = (name: string) => ranges.filter(([low, high]) => name >= low && name < high).length;
    expect(within("heijden")).toBe(1);
    expect(within("heidenreich")).toBe(0);
  });

  it("undoes one swapped or extra letter", () => {
    expect(editVariants("jasnen")).toContain("jansen");
    expect(editVariants("jansenn")).toContain("jansen");
    expect(editVariants("dev ries")).toContain("de vries");
  });
});

describe("probes", () => {
  it("reads a name as typed, by surname without particles, and as surname then first name", () => {
    expect(exactProbes("van der heijden an")).toEqual([
      {
        index: "name",
        from: ["van der heijden an", ""],
        to: ["van der heijden ao", ""],
        target: "van der heijden an",
      },
      { index: "surname", from: ["heijden an", ""], to: ["heijden ao", ""], target: "van der heijden an" },
      { index: "surname", from: ["heijden", "an"], to: ["heijden", "ao"], target: "van der heijden an" },
    ]);
  });

  it("scores rows found through a corrected spelling against that spelling", () => {
    expect(nearProbes("jaocbs")).toContainEqual({
      index: "surname",
      from: ["jacobs", ""],
      to: ["jacobt", ""],
      target: "jacobs",
    });
  });
});
