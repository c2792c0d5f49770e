import { isSafeText } from "./safe-json";

// The last check before a route handler runs: path parameters and parsed query values must be text
// PostgreSQL can take. A schema that forgets a field can then still not turn a NUL into a 500.

/** "$path.id" or "$query.actor" of the first string holding NUL or a lone surrogate, else null. */
export function findUnsafeInput(parts: Record<string, unknown>): string | null {
  const stack: { value: unknown; path: string }[] = Object.entries(parts).map(([path, value]) => ({
    value,
    path,
  }));
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      if (!isSafeText(value)) return path;
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]` }));
    } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: `${path}.${key}` });
    }
  }
  return null;
}
