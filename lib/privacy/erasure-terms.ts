// The strings that identify one customer, as free text may hold them: names (matched as whole
// words, so "Ann" does not redact "planning"), and identifiers and references in raw and normalised
// form, phone numbers without country code or separators (matched anywhere). Pure, so tests can use
// the same list to search the database afterwards.

export interface TermSources {
  names: (string | null)[];
  identities: { type: string; rawValue: string; normalizedValue: string }[];
  references: string[];
}

export interface ErasureTerms {
  /** Names: whole words only. */
  words: string[];
  /** Identifiers and references: anywhere in the text. */
  fragments: string[];
}

/** Shorter identifiers would match unrelated text, so they are left out. */
const MIN_FRAGMENT_LENGTH = 4;
const MIN_WORD_LENGTH = 2;

function phoneVariants(value: string): string[] {
  const digits = value.replace(/\D/g, "");
  const variants = [digits];
  // +31 6 1234 5678 is written 0612345678 at home and 612345678 after a dropped prefix.
  if (value.startsWith("+31") && digits.length > 2) variants.push(`0${digits.slice(2)}`);
  if (digits.length >= 9) variants.push(digits.slice(-9));
  return variants;
}

export function erasureTerms(sources: TermSources): ErasureTerms {
  const words = new Set<string>();
  const fragments = new Set<string>();
  for (const name of sources.names) {
    const trimmed = name?.trim().toLowerCase();
    if (trimmed && trimmed.length >= MIN_WORD_LENGTH) words.add(trimmed);
  }
  const add = (value: string | null | undefined) => {
    const trimmed = value?.trim().toLowerCase();
    if (trimmed && trimmed.length >= MIN_FRAGMENT_LENGTH) fragments.add(trimmed);
  };
  for (const identity of sources.identities) {
    add(identity.rawValue);
    add(identity.normalizedValue);
    if (identity.type === "email") add(encodeURIComponent(identity.normalizedValue));
    if (identity.type === "phone") phoneVariants(identity.normalizedValue).forEach(add);
  }
  sources.references.forEach(add);
  return { words: [...words], fragments: [...fragments] };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * PostgreSQL regular expressions (for `~* ANY`), one per term. Word boundaries are spelled as
 * lookarounds-free classes both PostgreSQL and JavaScript understand.
 */
export function termPatterns(terms: ErasureTerms): string[] {
  return [
    ...terms.words.map((word) => `(^|[^[:alnum:]])${escapeRegExp(word)}($|[^[:alnum:]])`),
    ...terms.fragments.map(escapeRegExp),
  ];
}

/** Lower-case LIKE patterns ('%term%') for every term: a cheap filter in front of the regular expressions. */
export function likePatterns(terms: ErasureTerms): string[] {
  return [...terms.words, ...terms.fragments].map((term) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** The text with every term replaced (case-insensitively) by the replacement. */
export function scrubText(text: string, terms: ErasureTerms, replacement: string): string {
  const words = [...terms.words].sort((a, b) => b.length - a.length);
  const fragments = [...terms.fragments].sort((a, b) => b.length - a.length);
  const withoutFragments = fragments.reduce(
    (out, term) => out.replace(new RegExp(escapeRegExp(term), "gi"), replacement),
    text,
  );
  return words.reduce(
    (out, word) =>
      out.replace(
        new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}(?=$|[^\\p{L}\\p{N}])`, "giu"),
        `$1${replacement}`,
      ),
    withoutFragments,
  );
}
