// Deterministic ids. Seeded uuids are RFC 9562 version 8 ("custom") with the owning customer's index
// and a sequence number up front, so like uuid v7 they arrive in index order and B-tree inserts stay
// at the right edge of the index; the tail is a hash so they still look random.
import { createHash } from "node:crypto";
import { hash3 } from "./random";

export const IdKind = {
  customer: 0x01,
  identity: 0x02,
  event: 0x03,
  booking: 0x04,
  order: 0x05,
  orderLine: 0x06,
  serviceCase: 0x07,
  consent: 0x08,
  fact: 0x09,
} as const;
export type IdKindValue = (typeof IdKind)[keyof typeof IdKind];

/** Owners at and above this index are the long-history benchmark customers. */
export const LONG_HISTORY_OWNER_BASE = 0xf0000000;
export const MAX_SEQ = 0xfffff;

const BYTE_HEX = Array.from({ length: 256 }, (_, value) => value.toString(16).padStart(2, "0"));

function byte(value: number): string {
  return BYTE_HEX[value & 0xff] ?? "00";
}

function hex(value: number, width: number): string {
  return (value >>> 0).toString(16).padStart(width, "0");
}

export function seedUuid(kind: IdKindValue, owner: number, seq: number): string {
  if (seq > MAX_SEQ) throw new Error(`sequence ${seq} out of range for a seeded uuid`);
  const h1 = hash3(kind, owner, seq);
  const h2 = hash3(h1, owner, kind);
  const variant = 0x80 | ((h1 >>> 24) & 0x3f);
  return (
    `${byte(kind)}${byte(owner >>> 24)}${byte(owner >>> 16)}${byte(owner >>> 8)}-${byte(owner)}${byte(seq >>> 12)}-` +
    `${byte(0x80 | ((seq >>> 8) & 0x0f))}${byte(seq)}-${byte(variant)}${byte(h1 >>> 16)}-` +
    `${byte(h2 >>> 24)}${byte(h2 >>> 16)}${byte(h2 >>> 8)}${byte(h2)}${byte(h1 >>> 8)}${byte(h1)}`
  );
}

/** Lowest possible seeded uuid of this kind and owner: `[start(a), start(b))` covers owners a..b-1. */
export function seedUuidRangeStart(kind: IdKindValue, owner: number): string {
  const prefix = hex(kind, 2) + hex(owner, 8) + "00";
  return `${prefix.slice(0, 8)}-${prefix.slice(8)}-0000-0000-000000000000`;
}

/** A uuid from a string key, for the few rows not owned by a customer index (locations, today's rows). */
export function keyUuid(key: string): string {
  const digest = createHash("sha256").update(key).digest("hex");
  const variant = (8 | (parseInt(digest.charAt(16), 16) & 3)).toString(16);
  return `${digest.slice(0, 8)}-${digest.slice(8, 12)}-8${digest.slice(13, 16)}-${variant}${digest.slice(17, 20)}-${digest.slice(20, 32)}`;
}

export function base36(value: number, width: number): string {
  return value.toString(36).toUpperCase().padStart(width, "0");
}
