// Baskets: the anchor product of a shopping mission plus some of its companions.
import { CATALOGUE, type CategoryKey, type Mission, type Product } from "./catalogue";
import type { Rng } from "./random";

const QUANTITY: Partial<Record<CategoryKey, number>> = {
  lightBulbs: 4,
  coffee: 3,
  notebooks: 3,
  pens: 2,
  mugs: 2,
};

export interface LineItem {
  product: Product;
  quantity: number;
}

/** The basket for a mission: its anchor product and some of its companions, at most four lines. */
export function pickLines(rng: Rng, mission: Mission): LineItem[] {
  const picked: CategoryKey[] = [mission.anchor];
  for (const [category, chance] of mission.companions)
    if (picked.length < 4 && rng.chance(chance)) picked.push(category);
  return picked.map((key) => ({
    product: rng.pick(CATALOGUE[key]),
    quantity: rng.chance(0.75) ? 1 : rng.int(1, QUANTITY[key] ?? 1),
  }));
}

export function basketTotal(lines: readonly LineItem[]): string {
  return lines.reduce((sum, line) => sum + line.product.price * line.quantity, 0).toFixed(2);
}
