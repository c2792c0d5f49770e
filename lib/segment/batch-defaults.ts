// Segment applies a batch's top-level context and integrations to every message in it; a message's
// own keys win, one level deep (so a message's context.page keeps the batch's context.campaign).

type Json = Record<string, unknown>;

export interface BatchDefaults {
  context?: Json;
  integrations?: Json;
}

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function merged(outer: Json | undefined, inner: unknown): unknown {
  if (!outer) return inner;
  if (inner !== undefined && !isObject(inner)) return inner;
  const result: Json = { ...outer };
  for (const [key, value] of Object.entries(inner ?? {})) {
    const base = Object.hasOwn(outer, key) ? outer[key] : undefined;
    // defineProperty: a "__proto__" key in the data stays data, never a prototype.
    Object.defineProperty(result, key, {
      value: isObject(base) && isObject(value) ? { ...base, ...value } : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

export function withBatchDefaults(message: unknown, defaults: BatchDefaults): unknown {
  if (!isObject(message) || (!defaults.context && !defaults.integrations)) return message;
  return {
    ...message,
    context: merged(defaults.context, message.context),
    integrations: merged(defaults.integrations, message.integrations),
  };
}
