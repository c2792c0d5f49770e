// The product's own words in Dutch, kept consistent: glossary.json holds the word Gastvrij uses, and
// here are the near-synonyms a Dutch message must not use instead (checked by messages.test.ts).
// A word that is right in another sense is listed with the reason it is still avoided.

export const AVOIDED_DUTCH_WORDS: ReadonlyArray<{ avoid: RegExp; use: string }> = [
  { avoid: /\bophaal/i, use: "afhalen (Afhalen, afhaalbestelling)" },
  { avoid: /\bcheck-?in\b/i, use: "inchecken / ingecheckt" },
  { avoid: /\bklantprofiel/i, use: "klantbeeld" },
  { avoid: /\blocatie/i, use: "vestiging" },
  { avoid: /\breservering/i, use: "boeking" },
  { avoid: /\bsurvey/i, use: "enquête" },
  { avoid: /\baudit ?log/i, use: "inzagelogboek" },
  { avoid: /\bklik hier\b/i, use: "a button or link that says what it does" },
  { avoid: /\bu\b|\buw\b/i, use: "je / jouw: staff are addressed informally" },
];
