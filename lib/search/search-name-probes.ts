import { prefixUpperBound, surnameKey } from "./search-name-key";

// Which index ranges the name search reads, as data. Pure, so the choice is unit-tested without a
// database. A probe reads one range of one btree: "name" is "Customer_searchName_prefix_idx" on
// "first last"; "surname" is "Customer_surname_search_idx" on (surname key, "first last"), so one
// probe can say "surname jansen, first name starting with an". Each probe's rows are scored against
// its `target`: what was typed, or the corrected spelling that found them.

export type NameProbe = {
  index: "name" | "surname";
  /** Inclusive lower bound: the name, or (surname key, name). */
  from: [string, string];
  /** Exclusive upper bound, in the same shape. */
  to: [string, string];
  target: string;
  /** A shortened prefix: a few of its rows are enough to find the name a letter or two away. */
  isSample?: boolean;
};

const nameRange = (from: string, to: string, target: string): NameProbe => ({
  index: "name",
  from: [from, ""],
  to: [to, ""],
  target,
});
const surnameRange = (from: string, to: string, target: string): NameProbe => ({
  index: "surname",
  from: [from, ""],
  to: [to, ""],
  target,
});
const prefix = (make: typeof nameRange, text: string, target = text) =>
  make(text, prefixUpperBound(text), target);

/** Step 1: the typed text as a prefix of "first last", of the surname, and as "surname first". */
export function exactProbes(folded: string): NameProbe[] {
  const probes = [prefix(nameRange, folded)];
  const surname = surnameKey(folded);
  if (surname) probes.push(prefix(surnameRange, surname, folded));
  const lastSpace = surname.lastIndexOf(" ");
  if (lastSpace > 0) {
    const [key, given] = [surname.slice(0, lastSpace), surname.slice(lastSpace + 1)];
    probes.push({ index: "surname", from: [key, given], to: [key, prefixUpperBound(given)], target: folded });
  }
  return probes;
}

/**
 * Ranges that together hold the strings sharing ever shorter prefixes with `text`, down to half its
 * length (at least 3 letters). Each level leaves out the range of the level before it, so its first
 * rows are new names rather than the same alphabetical head again. This catches a mistake late in
 * the name: "jansenn", "wagenar", "van der heiden".
 */
export function nearRanges(text: string): [string, string][] {
  const ranges: [string, string][] = [];
  const shortest = Math.max(3, Math.ceil(text.length / 2));
  let inner = text;
  for (let length = text.length - 1; length >= shortest; length--) {
    const head = text.slice(0, length);
    if (head.endsWith(" ")) continue;
    ranges.push([head, inner], [prefixUpperBound(inner), prefixUpperBound(head)]);
    inner = head;
  }
  return ranges.filter(([low, high]) => low < high);
}

/**
 * `text` with one letter left out or two neighbours swapped. This catches a mistake early in the
 * name, which shortening cannot: "jasnen", "dev ries" (for "de vries").
 */
export function editVariants(text: string): string[] {
  const variants = new Set<string>();
  const tidy = (value: string) => value.replace(/\s+/g, " ").trim();
  for (let i = 0; i < text.length; i++) {
    variants.add(tidy(text.slice(0, i) + text.slice(i + 1)));
    if (i + 1 < text.length && text[i] !== text[i + 1]) {
      variants.add(tidy(text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2)));
    }
  }
  variants.delete(text);
  return [...variants].filter((variant) => variant.length >= 3);
}

/** Step 2: shortened prefixes and one-letter corrections of the name and of the surname. */
export function nearProbes(folded: string): NameProbe[] {
  const probes: NameProbe[] = [
    ...nearRanges(folded).map(([from, to]) => ({ ...nameRange(from, to, folded), isSample: true })),
    ...nearRanges(surnameKey(folded)).map(([from, to]) => ({
      ...surnameRange(from, to, folded),
      isSample: true,
    })),
  ];
  // Scored against the corrected spelling: "jacobs" hardly resembles "jaocbs" in trigrams, but it
  // is what the desk meant.
  for (const variant of editVariants(folded)) {
    probes.push(prefix(nameRange, variant));
    const surname = surnameKey(variant);
    if (surname.length >= 3) probes.push(prefix(surnameRange, surname, variant));
  }
  return probes;
}
