// The strings that identify one customer, as free text may hold them: names, identifiers in raw and
// normalised form, phone numbers without country code or separators, and references. Pure, so the
// erasure test can use the same list to search the database afterwards.

export interface TermSources {
  names: (string | null)[];
  identities: { type: string; rawValue: string; normalizedValue: string }[];
  references: string[];
}

/** Shorter terms would match unrelated text ("Li" in "delivery"), so they are left out. */
const MIN_TERM_LENGTH = 3;

function phoneVariants(value: string): string[] {
  const digits = value.replace(/\D/g, "");
  const variants = [digits];
  // +31 6 1234 5678 is written 0612345678 at home and 612345678 after a dropped prefix.
  if (value.startsWith("+31") && digits.length > 2) variants.push(`0${digits.slice(2)}`);
  if (digits.length >= 9) variants.push(digits.slice(-9));
  return variants;
}

export function erasureTerms(sources: TermSources): string[] {
  const terms = new Set<string>();
  const add = (value: string | null | undefined) => {
    const trimmed = value?.trim();
    if (trimmed && trimmed.length >= MIN_TERM_LENGTH) terms.add(trimmed.toLowerCase());
  };
  sources.names.forEach(add);
  for (const identity of sources.identities) {
    add(identity.rawValue);
    add(identity.normalizedValue);
    if (identity.type === "email") add(encodeURIComponent(identity.normalizedValue));
    if (identity.type === "phone") phoneVariants(identity.normalizedValue).forEach(add);
  }
  sources.references.forEach(add);
  return [...terms];
}

/** ILIKE patterns matching each term anywhere, with LIKE's wildcards escaped. */
export function likePatterns(terms: string[]): string[] {
  return terms.map((term) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** The text with every term replaced (case-insensitively) by the replacement. */
export function scrubText(text: string, terms: string[], replacement: string): string {
  return [...terms]
    .sort((a, b) => b.length - a.length)
    .reduce((out, term) => out.replace(new RegExp(escapeRegExp(term), "gi"), replacement), text);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
