import type { SegmentMessage } from "@/lib/validation/segment";
import { trackMapping } from "./segment-event-types";

// Turns one Segment message into Gastvrij's own event (or, for identify, a customer record), which
// then goes through exactly the same validation, resolution and idempotency as POST /api/v1/events.

type Json = Record<string, unknown>;

const obj = (value: unknown): Json =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
const str = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== ""
    ? value
    : typeof value === "number" && Number.isFinite(value)
      ? String(value)
      : undefined;
const pick = (source: Json, ...keys: string[]) =>
  keys.map((key) => str(source[key])).find((value) => value !== undefined);

function traitsOf(traits: Json, context: Json): Json {
  const name = pick(traits, "name");
  const [first, ...rest] = name?.trim().split(/\s+/) ?? [];
  const address = obj(traits.address);
  const locale = str(context.locale)?.slice(0, 2).toLowerCase();
  const birthday = pick(traits, "birthday");
  const result: Json = {
    firstName: pick(traits, "firstName", "first_name") ?? first,
    lastName: pick(traits, "lastName", "last_name") ?? (rest.length ? rest.join(" ") : undefined),
    language: pick(traits, "language") ?? (locale && /^[a-z]{2}$/.test(locale) ? locale : undefined),
    birthDate: birthday && /^\d{4}-\d{2}-\d{2}/.test(birthday) ? birthday.slice(0, 10) : undefined,
    street: pick(address, "street"),
    postalCode: pick(address, "postalCode", "postal_code"),
    city: pick(address, "city"),
    country: pick(address, "country")?.length === 2 ? pick(address, "country")!.toUpperCase() : undefined,
  };
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}

function identifiersOf(message: SegmentMessage, traits: Json): Json {
  const result: Json = {
    externalUserId: str(message.userId),
    webId: str(message.anonymousId),
    email: pick(traits, "email"),
    phone: pick(traits, "phone"),
  };
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}

function occurredAt(message: SegmentMessage): unknown {
  const value = message.timestamp ?? message.originalTimestamp ?? new Date().toISOString();
  return value instanceof Date ? value.toISOString() : value;
}

function campaignOf(context: Json): Json | undefined {
  const campaign = obj(context.campaign);
  const result = {
    source: pick(campaign, "source"),
    medium: pick(campaign, "medium"),
    campaign: pick(campaign, "name", "campaign"),
    term: pick(campaign, "term"),
    content: pick(campaign, "content"),
  };
  return Object.values(result).some(Boolean)
    ? Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined))
    : undefined;
}

function orderOf(properties: Json): Json {
  const products = Array.isArray(properties.products) ? properties.products.map(obj) : [];
  return {
    orderNumber: pick(properties, "order_id", "orderId", "checkout_id") ?? "",
    fulfilment: properties.pickup_location_code ? "click_and_collect" : "delivery",
    ...(pick(properties, "pickup_location_code")
      ? { pickupLocationCode: pick(properties, "pickup_location_code") }
      : {}),
    totalAmount: properties.total ?? properties.revenue ?? 0,
    ...(pick(properties, "currency") ? { currency: pick(properties, "currency")!.toUpperCase() } : {}),
    lines: products.map((product) => ({
      sku: pick(product, "sku", "product_id", "id") ?? "unknown",
      productName: pick(product, "name") ?? "Unnamed product",
      category: pick(product, "category") ?? "uncategorised",
      quantity: product.quantity ?? 1,
      unitPrice: product.price ?? 0,
    })),
  };
}

export type MappedMessage = { kind: "event"; event: Json } | { kind: "customer"; customer: Json };

export function mapSegmentMessage(message: SegmentMessage): MappedMessage {
  const context = obj(message.context);
  if (message.type === "alias") {
    // previousId is added by the caller, which knows whether it is a strong id (lib/segment/alias-previous-id.ts).
    return { kind: "customer", customer: { identifiers: { externalUserId: str(message.userId) } } };
  }
  if (message.type === "identify") {
    const traits = obj(message.traits);
    return {
      kind: "customer",
      customer: { identifiers: identifiersOf(message, traits), traits: traitsOf(traits, context) },
    };
  }
  const traits = obj(context.traits);
  const properties = obj(message.properties);
  const base: Json = {
    channel: str(obj(context.app).name) ? "app" : "web",
    direction: "inbound",
    occurredAt: occurredAt(message),
    sourceEventId: message.messageId,
    identifiers: identifiersOf(message, traits),
    traits: traitsOf(traits, context),
    referrer: str(obj(context.page).referrer) ?? str(properties.referrer),
    campaign: campaignOf(context),
    payload: properties,
  };
  if (message.type === "page")
    return {
      kind: "event",
      event: {
        ...base,
        type: "page_view",
        summary: str(message.name) ?? str(properties.title) ?? str(properties.path) ?? "Page view",
      },
    };
  if (message.type === "screen")
    return {
      kind: "event",
      event: {
        ...base,
        type: "page_view",
        channel: "app",
        name: "screen",
        summary: str(message.name) ?? str(properties.name) ?? "Screen view",
      },
    };
  const mapping = trackMapping(message.event);
  const event: Json = {
    ...base,
    type: mapping?.type ?? "generic",
    name: message.event,
    summary: message.event,
  };
  if (mapping?.channel) event.channel = mapping.channel;
  if (mapping?.direction) event.direction = mapping.direction;
  if (mapping?.type === "order_placed") event.order = orderOf(properties);
  if (mapping?.type === "order_cancelled")
    event.order = { orderNumber: pick(properties, "order_id", "orderId") ?? "" };
  if (mapping?.type === "consent_changed")
    event.consent = { purpose: "newsletter", channel: "email", status: "denied" };
  if (mapping?.type === "complaint" && pick(properties, "case_id"))
    event.serviceCase = { reference: pick(properties, "case_id") };
  return {
    kind: "event",
    event: Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined)),
  };
}
