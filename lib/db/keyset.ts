// Opaque keyset cursors: (timestamp, id) encoded as base64url, so URLs don't expose raw values.

export interface TimeCursor {
  at: Date;
  id: string;
}

export function encodeTimeCursor(cursor: TimeCursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`).toString("base64url");
}

/** null for a missing or malformed cursor, which callers treat as "first page". */
export function decodeTimeCursor(raw: string | undefined | null): TimeCursor | null {
  if (!raw) return null;
  const [iso, id] = Buffer.from(raw, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  if (Number.isNaN(at.getTime()) || !id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  return { at, id };
}
