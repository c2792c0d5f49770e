import { describe, expect, it } from "vitest";
import { singularCategory } from "./advice-copy";
import { suggestAdvice, type Association } from "./suggest-advice";

const link = (antecedent: string, consequent: string, lift: number, pairCount = 100): Association => ({
  antecedent,
  consequent,
  lift,
  pairCount,
  confidence: Math.min(1, lift / 10),
});

const associations: Association[] = [
  link("desk lamps", "light bulbs", 6.1),
  link("desk lamps", "cables", 2.4),
  link("desk lamps", "desk lamps", 9.9), // a second lamp in the same basket
  link("desk lamps", "pens", 0.8),
  link("office chairs", "chair mats", 7.5),
  link("office chairs", "desk lamps", 3.2),
  link("office chairs", "cables", 2.9),
  link("coffee", "mugs", 4.0),
];

const collectingToday = { kind: "collecting_today" } as const;

describe("suggestAdvice", () => {
  it("never offers another desk lamp to a customer who just bought a desk lamp", () => {
    const advice = suggestAdvice({
      anchorCategories: ["desk lamps"],
      anchorProducts: { "desk lamps": "Architect desk lamp, black" },
      moment: collectingToday,
      boughtCategories: ["desk lamps"],
      associations,
    });
    expect(advice.map((item) => item.category)).not.toContain("desk lamps");
    expect(advice.map((item) => item.category)).toEqual(["light bulbs", "cables"]);
  });

  it("leaves out the desk lamp even when the anchor is not yet in the customer's purchase history", () => {
    const advice = suggestAdvice({
      anchorCategories: ["desk lamps"],
      moment: collectingToday,
      boughtCategories: [],
      associations,
    });
    expect(advice.map((item) => item.category)).not.toContain("desk lamps");
  });

  it("explains each suggestion in one line that names what they collect today", () => {
    const [first] = suggestAdvice({
      anchorCategories: ["desk lamps"],
      anchorProducts: { "desk lamps": "Architect desk lamp, black" },
      moment: collectingToday,
      boughtCategories: ["desk lamps"],
      associations,
    });
    expect(first).toMatchObject({
      category: "light bulbs",
      title: "Light bulbs",
      explanation: "Often bought with the desk lamp you collect today",
      anchorProduct: "Architect desk lamp, black",
    });
  });

  it("leaves out every category the customer ever bought, not only today's", () => {
    const advice = suggestAdvice({
      anchorCategories: ["desk lamps"],
      moment: collectingToday,
      boughtCategories: ["Light Bulbs", "pens"],
      associations,
    });
    expect(advice.map((item) => item.category)).toEqual(["cables"]);
  });

  it("ranks by lift across anchors and explains with the strongest anchor", () => {
    const advice = suggestAdvice({
      anchorCategories: ["office chairs", "desk lamps"],
      moment: { kind: "ordered", on: new Date("2025-03-10T12:00:00Z") },
      boughtCategories: [],
      associations,
    });
    expect(advice.map((item) => [item.category, item.lift])).toEqual([
      ["chair mats", 7.5],
      ["light bulbs", 6.1],
      ["cables", 2.9],
    ]);
    expect(advice[2]?.explanation).toBe("Often bought with the office chair from your order of March 2025");
  });

  it("ignores associations that are weak, rare or about other anchors", () => {
    const advice = suggestAdvice({
      anchorCategories: ["coffee"],
      moment: collectingToday,
      boughtCategories: [],
      associations: [...associations, link("coffee", "notebooks", 1.1), link("coffee", "pillows", 8, 2)],
    });
    expect(advice.map((item) => item.category)).toEqual(["mugs"]);
  });

  it("gives no advice without an anchor purchase or without associations", () => {
    expect(
      suggestAdvice({ anchorCategories: [], moment: collectingToday, boughtCategories: [], associations }),
    ).toEqual([]);
    expect(
      suggestAdvice({
        anchorCategories: ["desk lamps"],
        moment: collectingToday,
        boughtCategories: [],
        associations: [],
      }),
    ).toEqual([]);
  });

  it("keeps to the limit", () => {
    const many = Array.from({ length: 10 }, (_, i) => link("coffee", `category ${i}`, 2 + i));
    expect(
      suggestAdvice({
        anchorCategories: ["coffee"],
        moment: collectingToday,
        boughtCategories: [],
        associations: many,
      }),
    ).toHaveLength(3);
  });
});

describe("singularCategory", () => {
  it.each([
    ["desk lamps", "desk lamp"],
    ["light bulbs", "light bulb"],
    ["accessories", "accessory"],
    ["glasses", "glass"],
    ["boxes", "box"],
    ["bed linen", "bed linen"],
    ["coffee", "coffee"],
  ])("%s → %s", (plural, singular) => {
    expect(singularCategory(plural)).toBe(singular);
  });
});
