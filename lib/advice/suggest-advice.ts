import { adviceExplanation, categoryTitle, type AnchorMoment } from "./advice-copy";

// The advice rules, pure so they are tested without a database: item-to-item association between
// categories, ranked by lift, never a category the customer already has.

export type Association = {
  antecedent: string;
  consequent: string;
  pairCount: number;
  confidence: number;
  lift: number;
};

export type Advice = {
  /** The suggested category, as stored on order lines ("light bulbs"). */
  category: string;
  /** The same, ready to show ("Light bulbs"). */
  title: string;
  /** One line staff can say: "Often bought with the desk lamp you collect today". */
  explanation: string;
  /** The purchase the advice hangs on: its category and, when known, the product's name. */
  anchorCategory: string;
  anchorProduct: string | null;
  lift: number;
  confidence: number;
};

/** Bought together at least this much more often than chance; weaker links are noise at the desk. */
export const MIN_LIFT = 1.2;
/** Fewer baskets than this prove nothing, however high the lift. */
export const MIN_PAIR_COUNT = 5;
/** A receptionist can mention two or three things, not ten. */
export const MAX_ADVICE = 3;

export type AdviceInput = {
  /** Categories of the purchase at hand (the order collected today, or the latest order). */
  anchorCategories: readonly string[];
  /** Category → a product name from that purchase, to show which item the advice refers to. */
  anchorProducts?: Readonly<Record<string, string>>;
  moment: AnchorMoment;
  /** Every category the customer ever bought. */
  boughtCategories: Iterable<string>;
  /** Associations whose antecedent is one of the anchor categories, in any order. */
  associations: readonly Association[];
  limit?: number;
};

const key = (category: string) => category.trim().toLowerCase();

export function suggestAdvice(input: AdviceInput): Advice[] {
  const anchors = new Set(input.anchorCategories.map(key));
  // The anchor purchase counts as bought: whoever collects a desk lamp today is never offered one.
  const owned = new Set([...anchors, ...[...input.boughtCategories].map(key)]);

  const best = new Map<string, Association>();
  for (const association of input.associations) {
    if (!anchors.has(key(association.antecedent))) continue;
    if (owned.has(key(association.consequent))) continue;
    if (association.lift < MIN_LIFT || association.pairCount < MIN_PAIR_COUNT) continue;
    const current = best.get(key(association.consequent));
    if (!current || compare(association, current) < 0) best.set(key(association.consequent), association);
  }

  return [...best.values()]
    .sort(compare)
    .slice(0, input.limit ?? MAX_ADVICE)
    .map((association) => ({
      category: association.consequent,
      title: categoryTitle(association.consequent),
      explanation: adviceExplanation(association.antecedent, input.moment),
      anchorCategory: association.antecedent,
      anchorProduct: input.anchorProducts?.[association.antecedent] ?? null,
      lift: association.lift,
      confidence: association.confidence,
    }));
}

/** Strongest first: lift, then confidence, then support; names last so the order is stable. */
function compare(a: Association, b: Association): number {
  return (
    b.lift - a.lift ||
    b.confidence - a.confidence ||
    b.pairCount - a.pairCount ||
    a.consequent.localeCompare(b.consequent) ||
    a.antecedent.localeCompare(b.antecedent)
  );
}
