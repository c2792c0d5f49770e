// Deterministic ids. Seeded uuids are RFC 9562 version 8 ("custom") with the owning customer's index
// and a sequence number up front, so like uuid v7 they arrive in index order and B-tree inserts stay
// at the right edge of the index; the tail is a hash so they still look random.
import { createHash } from "node:crypto";
import { hash32 } from "./random";

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

function hex(value: number, width: number): string {
  return (value >>> 0).toString(16).padStart(width, "0");
}

export function seedUuid(kind: IdKindValue, owner: number, seq: number): string {
  if (seq > MAX_SEQ) throw new Error(`sequence ${seq} out of range for a seeded uuid`);
  const h1 = hash32(kind, owner, seq);
  const h2 = hash32(h1, owner);
  const prefix = hex(kind, 2) + hex(owner, 8) + hex(seq >>> 12, 2);
  const variant = (8 | (h1 & 3)).toString(16);
  return `${prefix.slice(0, 8)}-${prefix.slice(8)}-8${hex(seq & 0xfff, 3)}-${variant}${hex(h1 >>> 20, 3)}-${hex(h2, 8)}${hex(h1 & 0xffff, 4)}`;
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
