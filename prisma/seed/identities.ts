// The identifiers a customer is known by. Each embeds the customer's index (or a bijection of it),
// so (type, normalizedValue) is unique across any number of customers without looking anything up.
import {
  foldForSearch,
  normalizeCode,
  normalizeEmail,
  normalizePhone,
} from "../../lib/validation/normalize-identifier";
import type { Journey } from "./journey";
import type { Person } from "./people";
import { hash32 } from "./random";
import { DAY } from "./time";

const EMAIL_DOMAINS = ["example.com", "example.nl", "example.org", "example.net"] as const;

/** A permutation of 0..10^8-1: multiplying by a unit modulo 10^8 never maps two indexes together. */
function eightDigits(index: number, multiplier: number, offset: number): string {
  return String(
    (Number((BigInt(index) * BigInt(multiplier)) % 100_000_000n) + offset) % 100_000_000,
  ).padStart(8, "0");
}

function emailLocalPart(person: Person, owner: number, style: number): string {
  const first = foldForSearch(person.firstName).replace(/[^a-z]/g, "");
  const last = foldForSearch(person.lastName).replace(/[^a-z]/g, "");
  if (style === 0) return `${first}.${last}${owner}`;
  if (style === 1) return `${first.charAt(0)}${last}${owner}`;
  return `${first}${owner}`;
}

function phoneNumber(person: Person, owner: number, format: number): { raw: string; region: string } {
  const digits = eightDigits(owner, 48_271, 1_234_567);
  switch (person.country) {
    case "DE":
    case "AT":
    case "CH":
      return { raw: `+49 151 ${digits}`, region: "DE" };
    case "FR":
      return { raw: `06 ${digits.replace(/(\d\d)(?=\d)/g, "$1 ")}`, region: "FR" };
    case "GB":
    case "IE":
    case "US":
      return { raw: `+44 74${digits.slice(0, 2)} ${digits.slice(2)}`, region: "GB" };
    default: {
      const formats = [
        `06-${digits}`,
        `06 ${digits.slice(0, 4)} ${digits.slice(4)}`,
        `+31 6 ${digits}`,
        `06${digits}`,
      ];
      return { raw: formats[format % formats.length] ?? `06${digits}`, region: "NL" };
    }
  }
}

/** Email, phone, loyalty card, web shop account and cookie ids; booking refs come with bookings. */
export function addIdentities(journey: Journey, person: Person, isShopper: boolean): void {
  const { rng, owner } = journey;
  const since = journey.firstSeenAt;
  const source = isShopper ? "webshop" : "booking-engine";
  if (rng.chance(0.95)) {
    const local = emailLocalPart(person, owner, rng.int(0, 2));
    const raw = `${rng.chance(0.15) ? local.charAt(0).toUpperCase() + local.slice(1) : local}@${rng.pick(EMAIL_DOMAINS)}`;
    const normalized = normalizeEmail(raw);
    if (normalized) journey.identity("email", raw, normalized, source, since);
  }
  if (rng.chance(0.8)) {
    const { raw, region } = phoneNumber(person, owner, rng.int(0, 3));
    const normalized = normalizePhone(raw, region);
    if (normalized) journey.identity("phone", raw, normalized, source, since + rng.between(0, 30) * DAY);
  }
  if (rng.chance(0.3)) {
    const digits = `9${eightDigits(owner, 7_919, 0)}`;
    const raw = `GV ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
    journey.identity(
      "loyalty_id",
      raw,
      normalizeCode(raw) ?? raw,
      "loyalty",
      since + rng.between(0, 90) * DAY,
    );
  }
  if (isShopper && rng.chance(0.7)) {
    const account = `WS${String(owner).padStart(9, "0")}`;
    journey.identity("external_user_id", account, account, "webshop", since);
  }
  const webIds = rng.int(1, 2);
  for (let k = 0; k < webIds; k++) {
    const webId = `wid-${hash32(owner, k, 77).toString(16).padStart(8, "0")}-${owner.toString(36)}${k}`;
    journey.identity("web_id", webId, webId, "webshop", since + k * rng.between(0, 200) * DAY);
  }
}
