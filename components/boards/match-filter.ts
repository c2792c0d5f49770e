// The board filter's matching: case and accents ignored, every word must match one of the fields,
// so "vries 41" finds Anna de Vries in room 412.

export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/** A predicate for the filter text; null when the filter is empty. */
export function filterMatcher(filter: string): ((fields: (string | null)[]) => boolean) | null {
  const words = foldText(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return (fields) => {
    const haystack = foldText(fields.filter(Boolean).join(" "));
    return words.every((word) => haystack.includes(word));
  };
}
