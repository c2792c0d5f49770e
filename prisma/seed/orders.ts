// Web shop and store orders with 1-4 lines from a shopping mission, fulfilled by delivery or by
// click-and-collect at a store: order_placed, payment, order_delayed, order_ready, order_picked_up,
// order_delivered and order_cancelled events.
import type { Channel, Fulfilment, OrderStatus, PickupStatus } from "../../lib/generated/prisma/enums";
import { basketTotal, type LineItem, pickLines } from "./basket";
import { type Mission, MISSIONS } from "./catalogue";
import { field } from "./copy";
import type { Journey } from "./journey";
import type { SeededLocation } from "./locations";
import { amsterdamDay, amsterdamTime, dayString, DAY, HOUR, iso, MINUTE } from "./time";

export interface OrderOptions {
  channel?: Channel;
  mission?: Mission;
  store?: SeededLocation;
  fulfilment?: Fulfilment;
}

export interface PlacedOrder {
  orderNumber: string;
  /** The pickup store, or the store it was ordered in; null for a web order delivered at home. */
  locationId: string | null;
  city: string;
  completedAt: number | null;
  categories: string[];
}

const ORDER_CHANNELS: readonly (readonly [Channel, number])[] = [
  ["web", 60],
  ["app", 25],
  ["store", 15],
];
const PICKUP_DELAY_DAYS = [
  [0, 55],
  [1, 25],
  [2, 10],
  [4, 10],
] as const;
const DELAY_REASONS = ["Supplier delay", "Out of stock at the warehouse", "Carrier delay"] as const;

function writeLines(journey: Journey, orderId: string, lines: readonly LineItem[]): void {
  for (const { product, quantity } of lines) {
    const { id } = journey.nextId("orderLine");
    journey.ctx.buffers.OrderLine.add(
      `${id}\t${orderId}\t${product.sku}\t${field(product.name)}\t${product.category}\t${quantity}\t${product.price.toFixed(2)}\t${journey.customerId}\n`,
    );
  }
}

/** The first store-hours moment from `at` on (same day or the next), for things done at the counter. */
export function duringOpeningHours(journey: Journey, at: number): number {
  const minutes = journey.rng.int(10 * 60, 17 * 60 + 30);
  const sameDay = amsterdamTime(amsterdamDay(at), minutes);
  return sameDay >= at ? sameDay : amsterdamTime(amsterdamDay(at) + 1, minutes);
}

interface Order {
  id: string;
  orderNumber: string;
  channel: Channel;
  fulfilment: Fulfilment;
  store: SeededLocation;
  placedAt: number;
  amount: string;
  source: string;
}

interface Progress {
  status: OrderStatus;
  pickupStatus: PickupStatus;
  readyDay: number | null;
  pickedUpAt: number | null;
  completedAt: number | null;
  lastChange: number;
}

type EventBase = { locationId: string | null; payload: { orderNumber: string } };

/** Ready at the store on the due day, then picked up that day or a few days later. */
function collect(journey: Journey, order: Order, base: EventBase, dueDay: number, progress: Progress): void {
  const { rng } = journey;
  const { orderNumber, store } = order;
  progress.readyDay = dueDay;
  const readyAt = Math.max(order.placedAt + HOUR, amsterdamTime(dueDay, rng.int(8 * 60, 12 * 60)));
  const channel = rng.pick(["sms", "email", "app"] as const);
  const summary = `Order #${orderNumber} is ready for pickup in ${store.city}`;
  if (!journey.event({ ...base, type: "order_ready", channel, at: readyAt, source: "store-pos", summary }))
    return;
  Object.assign(progress, { pickupStatus: "ready", lastChange: readyAt });
  const pickupDay = dueDay + rng.weighted(PICKUP_DELAY_DAYS);
  const pickupAt = Math.max(readyAt + 10 * MINUTE, amsterdamTime(pickupDay, rng.int(10 * 60, 18 * 60)));
  const pickedUp = `Picked up order #${orderNumber}`;
  if (
    !journey.event({
      ...base,
      type: "order_picked_up",
      channel: "store",
      at: pickupAt,
      source: "store-pos",
      summary: pickedUp,
    })
  )
    return;
  Object.assign(progress, {
    status: "fulfilled",
    pickupStatus: "picked_up",
    pickedUpAt: pickupAt,
    completedAt: pickupAt,
    lastChange: pickupAt,
  });
}

function deliver(journey: Journey, order: Order, base: EventBase, dueDay: number, progress: Progress): void {
  const deliveredAt = Math.max(
    order.placedAt + 12 * HOUR,
    amsterdamTime(dueDay, journey.rng.int(10 * 60, 20 * 60)),
  );
  const summary = `Order #${order.orderNumber} delivered by PostNL`;
  if (
    !journey.event({
      ...base,
      type: "order_delivered",
      channel: "email",
      at: deliveredAt,
      source: "webshop",
      summary,
    })
  )
    return;
  Object.assign(progress, { status: "fulfilled", completedAt: deliveredAt, lastChange: deliveredAt });
}

function cancel(journey: Journey, order: Order, base: EventBase, progress: Progress): void {
  const { rng } = journey;
  const cancelledAt = order.placedAt + rng.between(HOUR, 20 * HOUR);
  const isByUs = rng.chance(0.4);
  journey.event({
    ...base,
    type: "order_cancelled",
    channel: isByUs ? "email" : order.channel,
    direction: isByUs ? "outbound" : "inbound",
    at: cancelledAt,
    source: order.source,
    summary: `Order #${order.orderNumber} cancelled`,
    reason: isByUs ? "Item no longer available" : "Customer changed their mind",
  });
  const pickupStatus = order.fulfilment === "click_and_collect" ? "cancelled" : "not_applicable";
  Object.assign(progress, { status: "cancelled", pickupStatus, lastChange: cancelledAt });
}

function writeOrder(journey: Journey, order: Order, progress: Progress): void {
  const { id, orderNumber, channel, fulfilment, store, placedAt, amount, source } = order;
  const pickup = fulfilment === "click_and_collect" ? store.id : "\\N";
  const ready = progress.readyDay === null ? "\\N" : dayString(progress.readyDay);
  const pickedUp = progress.pickedUpAt === null ? "\\N" : iso(progress.pickedUpAt);
  const updated = iso(Math.min(progress.lastChange, journey.now));
  journey.ctx.buffers.Order.add(
    `${id}\t${journey.customerId}\t${orderNumber}\t${channel}\t${fulfilment}\t${progress.status}\t${pickup}\t` +
      `${progress.pickupStatus}\t${ready}\t${pickedUp}\t${iso(placedAt)}\t${amount}\tEUR\t${source}\t${iso(placedAt)}\t${updated}\n`,
  );
}

export function addOrder(
  journey: Journey,
  at: number,
  stores: readonly SeededLocation[],
  options: OrderOptions = {},
): PlacedOrder {
  const { rng } = journey;
  const channel = options.channel ?? rng.weighted(ORDER_CHANNELS);
  const fulfilment =
    options.fulfilment ?? (channel === "store" || rng.chance(0.55) ? "click_and_collect" : "delivery");
  const isCollect = fulfilment === "click_and_collect";
  const store = options.store ?? rng.pick(stores);
  const placedAt = channel === "store" ? duringOpeningHours(journey, at) : at;
  const { id, seq } = journey.nextId("order");
  const lines = pickLines(rng, options.mission ?? rng.weighted(MISSIONS));
  writeLines(journey, id, lines);
  const source = channel === "store" ? "store-pos" : channel === "app" ? "mobile-app" : "webshop";
  const order: Order = {
    id,
    orderNumber: journey.orderNumber(seq),
    channel,
    fulfilment,
    store,
    placedAt,
    amount: basketTotal(lines),
    source,
  };
  const { orderNumber, amount } = order;
  const locationId = isCollect || channel === "store" ? store.id : null;
  const base: EventBase = { locationId, payload: { orderNumber } };

  const categories = lines.map((line) => line.product.category);
  const where = isCollect ? `for pickup in ${store.city}` : "for delivery";
  journey.event({
    ...base,
    type: "order_placed",
    channel,
    at: placedAt,
    source,
    summary: `Ordered ${categories.join(", ")} ${where} (#${orderNumber})`,
  });
  journey.event({
    ...base,
    type: "payment",
    channel,
    at: placedAt + MINUTE,
    source,
    summary: `Paid €${amount} for order #${orderNumber}`,
    payload: { orderNumber, amount },
  });

  const progress: Progress = {
    status: "placed",
    pickupStatus: isCollect ? "preparing" : "not_applicable",
    readyDay: null,
    pickedUpAt: null,
    completedAt: null,
    lastChange: placedAt + MINUTE,
  };
  const placedDay = amsterdamDay(placedAt);
  const isAfternoon = placedAt > amsterdamTime(placedDay, 12 * 60);
  let dueDay = placedDay + (isCollect ? rng.int(0, 1) + (isAfternoon ? 1 : 0) : rng.int(1, 3));
  if (rng.chance(0.06)) {
    const delayedAt = Math.max(placedAt + HOUR, amsterdamTime(dueDay, 7 * 60));
    const reason = rng.pick(DELAY_REASONS);
    journey.event({
      ...base,
      type: "order_delayed",
      channel: rng.pick(["email", "sms"] as const),
      at: delayedAt,
      source: "webshop",
      summary: `Order #${orderNumber} is delayed by two days`,
      reason,
    });
    dueDay += 2;
    progress.lastChange = delayedAt;
  }
  if (rng.chance(0.04)) cancel(journey, order, base, progress);
  else if (isCollect) collect(journey, order, base, dueDay, progress);
  else deliver(journey, order, base, dueDay, progress);
  writeOrder(journey, order, progress);
  return { orderNumber, locationId, city: store.city, completedAt: progress.completedAt, categories };
}

export const RECENT_ORDER_GAP = 6 * DAY;
