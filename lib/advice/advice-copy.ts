// The advice in English, for what reads it outside the card (the card says it in the staff
// member's language from messages/<locale>/card.json: card.advice.*).
import { formatMonthYear } from "@/lib/format/dates";

/** What the anchor purchase is to the customer right now; decides the end of the explanation. */
export type AnchorMoment = { kind: "collecting_today" } | { kind: "ordered"; on: Date };

/** "desk lamps" → "desk lamp", "accessories" → "accessory"; uncountable names stay as they are. */
export function singularCategory(category: string): string {
  const words = category.trim().split(/\s+/);
  const last = words.pop() ?? "";
  let singular = last;
  if (/[^aeiou]ies$/i.test(last)) singular = `${last.slice(0, -3)}y`;
  else if (/(ss|sh|ch|x)es$/i.test(last)) singular = last.slice(0, -2);
  else if (/[^su]s$/i.test(last)) singular = last.slice(0, -1);
  return [...words, singular].join(" ");
}

/** "light bulbs" → "Light bulbs" */
export function categoryTitle(category: string): string {
  const trimmed = category.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** "Often bought with the desk lamp you collect today" */
export function adviceExplanation(anchorCategory: string, moment: AnchorMoment): string {
  const anchor = singularCategory(anchorCategory);
  if (moment.kind === "collecting_today") return `Often bought with the ${anchor} you collect today`;
  return `Often bought with the ${anchor} from your order of ${formatMonthYear(moment.on, "en")}`;
}
