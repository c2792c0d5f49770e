// Looking user input up in a plain object finds Object.prototype's members ("constructor",
// "__proto__", "toString"); these helpers only see the object's own keys.

export function hasOwnKey<T extends object>(record: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(record, key);
}

export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
