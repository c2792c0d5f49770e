import "server-only";

// Personal data in free text is written in many ways that a plain regex misses: full-width or
// Arabic-Indic digits, a non-breaking hyphen (U+2011) between digit groups, a zero-width space inside
// a number, an address URL-encoded into a link (x%40example.org, twice: x%2540example.org) or as an
// HTML entity (x&#64;example.org). Matching runs on one plain form of the text, so each of those is
// found the same way as its ASCII spelling.

const HTML_ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(commat|plus|period|hyphen|dash));/gi;
const NAMED_ENTITIES: Record<string, string> = {
  commat: "@",
  plus: "+",
  period: ".",
  hyphen: "-",
  dash: "-",
};
const PERCENT_RUN = /(?:%[0-9a-f]{2})+/gi;
/** Format characters (zero-width space and joiners, soft hyphen, BOM): invisible, so dropped. */
const INVISIBLE = /\p{Cf}/gu;
/** Dashes between digits (U+2011 and friends) read as "-"; an em dash between words stays. */
const DASH = /(?<=\d)[\p{Pd}\u2212](?=\d)/gu;
const SPACE = /\p{Zs}/gu;
const OTHER_DIGIT = /[^\d\P{Nd}]/gu;
const NOT_PLAIN = /[^\x20-\x7E]|[%&]/;

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(HTML_ENTITY, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    const code = decimal ? Number(decimal) : Number.parseInt(hex ?? "", 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** Decodes %XX runs (up to three layers deep); a run that is not valid UTF-8 keeps its ASCII bytes. */
function decodePercent(text: string): string {
  let decoded = text;
  for (let layer = 0; layer < 3 && decoded.includes("%"); layer += 1) {
    const next = decoded.replace(PERCENT_RUN, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run.replace(/%([0-7][0-9a-f])/gi, (_, byte: string) =>
          String.fromCharCode(Number.parseInt(byte, 16)),
        );
      }
    });
    if (next === decoded) break;
    decoded = next;
  }
  return decoded;
}

/** The value 0–9 of a decimal digit in any script: digits come in runs of ten, zero first. */
function asciiDigit(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  let zero = code;
  while (code - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return String(code - zero);
}

/**
 * The text in the one form matching runs on: entities and percent-escapes decoded, NFKC (full-width
 * letters and digits, ligatures), digits of every script as ASCII, dashes as "-", spaces as " ",
 * invisible characters dropped. Plain printable ASCII without "%" or "&" comes back as it is.
 */
export function normalizeForMatching(text: string): string {
  if (!NOT_PLAIN.test(text)) return text;
  // Entities inside percent-escapes ("%26%2364%3B" is "&#64;") and the other way round.
  return decodeEntities(decodePercent(decodeEntities(text)))
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(OTHER_DIGIT, asciiDigit)
    .replace(DASH, "-")
    .replace(SPACE, " ");
}
