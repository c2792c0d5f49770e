import fc from "fast-check";
import { isValidPhoneNumber } from "libphonenumber-js/max";
import { normalizeForMatching } from "@/lib/privacy/normalize-for-matching";

// Generators of email addresses and phone numbers written in the many ways they reach Gastvrij, and
// the checks that none of them survived masking. Shared by the unit property test and the one that
// renders a seeded customer as an intern.

export type GeneratedPhone = { written: string; national: string };
export type GeneratedEmail = { written: string; local: string; domain: string };

const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: length, maxLength: length });

/** Country, national significant number; only numbers libphonenumber calls valid. */
const numbers = fc
  .oneof(
    fc.tuple(fc.constant("31"), fc.constantFrom("61", "62", "63", "64", "65"), digits(7)),
    fc.tuple(fc.constant("31"), fc.constantFrom("20", "10", "30", "70"), digits(7)),
    fc.tuple(fc.constant("32"), fc.constantFrom("470", "477", "486", "495"), digits(6)),
    fc.tuple(fc.constant("44"), fc.constantFrom("7700", "7911", "7400"), digits(6)),
    fc.tuple(fc.constant("49"), fc.constantFrom("151", "160", "176"), digits(8)),
  )
  .map(([country, head, tail]) => ({ country, national: head + tail }))
  .filter(({ country, national }) => isValidPhoneNumber(`+${country}${national}`));

const SEPARATORS = [" ", "-", ".", "\u2011", "\u2010", "\u00A0", "\u2009", ""];

function grouped(national: string, separator: string): string {
  return national.match(/.{1,2}/g)?.join(separator) ?? national;
}

const toFullWidth = (text: string) =>
  text.replace(/[0-9+@.\-()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const toArabicIndic = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)));

export const phoneArbitrary: fc.Arbitrary<GeneratedPhone> = fc
  .tuple(
    numbers,
    fc.constantFrom(...SEPARATORS),
    fc.nat(10),
    fc.constantFrom("plain", "full-width", "arabic", "url"),
  )
  .map(([{ country, national }, separator, style, encoding]) => {
    const isDutch = country === "31";
    const isMobile = isDutch && national.startsWith("6");
    const styles = [
      `+${country}${national}`,
      `+${country} ${grouped(national, separator)}`,
      `00${country}${separator}${national}`,
      `0${national}`,
      `0${national.slice(0, isMobile ? 1 : 2)}${separator}${grouped(national.slice(isMobile ? 1 : 2), separator)}`,
      `(0${national.slice(0, 2)}) ${national.slice(2)}`,
      `+${country} (0)${national}`,
      // Without a "+" or a trunk "0": only mobile numbers are told apart from order numbers.
      isMobile ? `${country}${national}` : `+${country}${national}`,
      isMobile ? grouped(national.slice(1), " ").replace(/^/, "6 ") : `0${national}`,
      `+${country}${separator}${national}`,
      `${country}${national}`.length >= 11 && !isDutch ? `${country}${national}` : `0${national}`,
    ];
    const written = styles[style % styles.length] ?? `+${country}${national}`;
    const encoded =
      encoding === "full-width"
        ? toFullWidth(written)
        : encoding === "arabic"
          ? toArabicIndic(written)
          : encoding === "url"
            ? encodeURIComponent(written)
            : written;
    return { written: encoded, national };
  });

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/);

export const emailArbitrary: fc.Arbitrary<GeneratedEmail> = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9._+'-]{1,12}[a-z0-9]$/),
    label,
    fc.constantFrom("nl", "org", "com", "co.uk", "be"),
    fc.constantFrom("plain", "upper", "%40", "%2540", "full-width", "entity", "mailto", "url"),
  )
  .map(([local, host, tld, encoding]) => {
    const domain = `${host}.${tld}`;
    const address = `${local}@${domain}`;
    const written = {
      plain: address,
      upper: address.toUpperCase(),
      "%40": `${local}%40${domain}`,
      "%2540": `${local}%2540${domain}`,
      "full-width": `${local}\uFF20${domain}`,
      entity: `${local}&#64;${domain}`,
      mailto: `mailto:${address}`,
      url: encodeURIComponent(address),
    }[encoding];
    return { written, local, domain };
  });

/** What goes around a value in free text; never a digit right next to it. */
export const contextArbitrary = fc.tuple(
  fc.constantFrom("", "Bel ", "call:", "(", "tel=", "sms-", "Note\n", "signup-", "ref "),
  fc.constantFrom("", " please", ")", ".", ",", " — thanks", "\n"),
);

/** Every string a value is made of, object keys included. */
export function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value !== null && typeof value === "object" && !(value instanceof Date))
    for (const [key, item] of Object.entries(value)) {
      into.push(key);
      stringsIn(item, into);
    }
  return into;
}

/** The leaks of `phones` and `emails` in the strings `value` holds, compared as plain digits and lowercase. */
export function leaksIn(value: unknown, phones: GeneratedPhone[], emails: GeneratedEmail[]): string[] {
  const leaks: string[] = [];
  for (const text of stringsIn(value)) {
    const plain = normalizeForMatching(text).toLowerCase();
    const digitsOnly = plain.replace(/\D/g, "");
    for (const phone of phones)
      if (digitsOnly.includes(phone.national)) leaks.push(`${phone.written} in ${JSON.stringify(text)}`);
    for (const email of emails)
      if (plain.includes(`${email.local}@`) || plain.includes(`@${email.domain}`))
        leaks.push(`${email.written} in ${JSON.stringify(text)}`);
  }
  return leaks;
}
