// The surname sort key of the name search, in the two forms that must agree: SQL over "lastName" (the
// expression of the index "Customer_surname_search_idx", created by the search_indexes migration) and
// TypeScript over what the desk typed. Pure, so unit tests and the migration check can import it.
//
// Desk staff type surnames the way people say them ("de Vries", "Vries", "van der heijden"), so the
// key is the surname lower-cased, accent-folded and without its leading particles: "vries", "heijden".

/** Particles that lead Dutch, German, French and Italian surnames; "'t" as in "van 't Hek". */
export const SURNAME_PARTICLES = [
  "van",
  "von",
  "vom",
  "de",
  "der",
  "den",
  "des",
  "het",
  "'t",
  "ter",
  "ten",
  "te",
  "in",
  "op",
  "la",
  "le",
  "du",
  "di",
  "da",
  "del",
  "dos",
  "zu",
] as const;

// Letters in U+00C0–U+017F that foldForSearch (NFKD, marks removed, lower case) turns into one ASCII
// letter, uppercase included because lower() only folds ASCII in a "C" ctype database. Letters that
// fold to something else ("ß", "ø", "ĳ") are left alone; the trigram fallback still finds those names.
export const ACCENTED_LETTERS =
  "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľĿŀŃńŅņŇňŉŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ";
export const PLAIN_LETTERS =
  "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllllnnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzs";

const particleGroup = SURNAME_PARTICLES.join("|");
const leadingParticles = new RegExp(`^(?:(?:${particleGroup}) )+`);

const sqlString = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The key as SQL over "Customer"."lastName". It must stay character for character the expression
 * of the index, or the planner cannot use the index (customer-search.test.ts checks the plan).
 */
export const SURNAME_KEY_SQL =
  `regexp_replace(btrim(regexp_replace(lower(translate("lastName", ${sqlString(ACCENTED_LETTERS)}, ` +
  `${sqlString(PLAIN_LETTERS)})), '\\s+', ' ', 'g')), ${sqlString(`^(?:(?:${particleGroup}) )+`)}, '')`;

/** The same key for text already folded with foldForSearch: its leading particles dropped. */
export function surnameKey(folded: string): string {
  return folded.replace(leadingParticles, "");
}

/** The smallest string after every string that starts with `prefix`, for index range scans. */
export function prefixUpperBound(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1);
  if (last === undefined) return "\u{10FFFF}";
  const head = prefix.slice(0, last > 0xffff ? -2 : -1);
  return head + String.fromCodePoint(last + 1);
}
