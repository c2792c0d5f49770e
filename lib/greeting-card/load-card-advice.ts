import "server-only";
import { getAdviceForCustomers, type AdviceRequest } from "@/lib/advice/get-advice-for-customers";
import type { AdviceSection, OrderLineItem, Relationship, Section, TodayVisit } from "./card-types";

function anchorOf(lines: OrderLineItem[]): Pick<AdviceRequest, "anchorCategories" | "anchorProducts"> {
  // No prototype: a category named "__proto__" or "constructor" is an ordinary key.
  const anchorProducts: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const line of lines) anchorProducts[line.category] ??= line.productName;
  return { anchorCategories: Object.keys(anchorProducts), anchorProducts };
}

/**
 * Advice for the card: about what they collect today when they do, else about their latest order.
 * A hotel guest who never ordered gets none, rather than advice about nothing.
 */
export async function readCardAdvice(
  customerId: string,
  today: Section<TodayVisit>,
  relationship: Section<Relationship>,
): Promise<AdviceSection> {
  let request: AdviceRequest | null = null;
  let basis: AdviceSection["basis"] = "none";
  const pickups = today.ok ? today.data.pickups : [];
  const latestOrder = relationship.ok ? relationship.data.latestOrder : null;
  if (pickups.length > 0) {
    request = { customerId, ...anchorOf(pickups.flatMap((pickup) => pickup.lines)) };
    basis = "pickup";
  } else if (latestOrder && latestOrder.lines.length > 0) {
    request = {
      customerId,
      ...anchorOf(latestOrder.lines),
      moment: { kind: "ordered", on: latestOrder.placedAt },
    };
    basis = "latest_order";
  }
  if (!request) return { items: [], basis };
  const advice = await getAdviceForCustomers([request]);
  return { items: advice.get(customerId) ?? [], basis };
}
