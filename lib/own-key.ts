// Looking user input up in a plain object finds Object.prototype's members ("constructor",
// "__proto__", "toString"); this only sees the object's own keys.

export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
