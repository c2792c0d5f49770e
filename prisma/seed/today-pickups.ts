// One of today's click-and-collect pickups: ordered a few days ago, ready this morning. Some are
// desk lamps for customers who bought one recently, so advice must not offer another. The first
// pickup at the first store (STR-AMS) is an office chair for a customer who collected a chair mat
// three weeks ago: the strongest association of office chairs is left out, whatever the date.
import type { Mission } from "./catalogue";
import { IdKind, keyUuid, seedUuid } from "./ids";
import type { SeededLocation } from "./locations";
import { basketTotal, pickLines } from "./basket";
import type { Rng } from "./random";
import { isShopper } from "./scenarios";
import { amsterdamTime, DAY, dayString, HOUR, iso, MINUTE } from "./time";
import type { TodayContext } from "./today-rows";

const DESK_LAMP_PICKUP: Mission = {
  name: "desk lamp pickup",
  anchor: "deskLamps",
  companions: [["cables", 0.3]],
};
const OFFICE_CHAIR_PICKUP: Mission = { name: "office chair pickup", anchor: "officeChairs", companions: [] };
const EARLIER_CHAIR_MAT: Mission = { name: "chair mat", anchor: "chairMats", companions: [] };
const OTHER_PICKUPS: readonly Mission[] = [
  { name: "home office", anchor: "officeChairs", companions: [["chairMats", 0.5]] },
  { name: "coffee", anchor: "coffee", companions: [["mugs", 0.4]] },
  {
    name: "bedroom",
    anchor: "bedLinen",
    companions: [
      ["pillows", 0.5],
      ["towels", 0.3],
    ],
  },
  { name: "stationery", anchor: "notebooks", companions: [["pens", 0.6]] },
  { name: "bulbs", anchor: "lightBulbs", companions: [["cables", 0.2]] },
];

/** A chair mat collected three weeks ago at the same store, with its events. */
function addEarlierChairMat(
  day: TodayContext,
  rng: Rng,
  store: SeededLocation,
  customerId: string,
  key: string,
): void {
  const orderId = keyUuid(`${key}:earlier:order`);
  const orderNumber = `8${day.stamp}100`;
  const lines = pickLines(rng, EARLIER_CHAIR_MAT);
  const placedAt = day.now - 21 * DAY - rng.between(1, 8) * HOUR;
  const pickedUpAt = placedAt + DAY + rng.between(2, 6) * HOUR;
  const total = basketTotal(lines);
  day.rows.order([
    orderId,
    customerId,
    orderNumber,
    "web",
    "click_and_collect",
    "fulfilled",
    store.id,
    "picked_up",
    dayString(day.today - 20),
    iso(pickedUpAt),
    iso(placedAt),
    total,
    "EUR",
    "webshop",
    iso(placedAt),
    iso(pickedUpAt),
  ]);
  lines.forEach((line, l) =>
    day.rows.orderLine([
      keyUuid(`${key}:earlier:line:${l}`),
      orderId,
      line.product.sku,
      line.product.name,
      line.product.category,
      line.quantity,
      line.product.price.toFixed(2),
      customerId,
    ]),
  );
  const at = { locationId: store.id, payload: { orderNumber } };
  day.rows.event(customerId, {
    ...at,
    key: `${key}:earlier:placed`,
    type: "order_placed",
    channel: "web",
    at: placedAt,
    source: "webshop",
    summary: `Ordered chair mats for pickup in ${store.city} (#${orderNumber})`,
  });
  day.rows.event(customerId, {
    ...at,
    key: `${key}:earlier:picked-up`,
    type: "order_picked_up",
    channel: "store",
    at: pickedUpAt,
    source: "store-pos",
    summary: `Picked up order #${orderNumber}`,
  });
}

export function addPickup(day: TodayContext, rng: Rng, store: SeededLocation, s: number, k: number): void {
  const isDeskLamp = rng.chance(0.3);
  const isShowcase = s === 0 && k === 0;
  const customerId = seedUuid(
    IdKind.customer,
    day.pickCustomer(
      isShowcase
        ? (c) => isShopper(c) && !c.hasRecentDeskLamp
        : isDeskLamp
          ? (c) => c.hasRecentDeskLamp
          : isShopper,
    ),
    0,
  );
  const orderNumber = `9${day.stamp}${s + 1}${String(k).padStart(2, "0")}`;
  const key = `today:${day.date}:${store.code}:${k}`;
  const orderId = keyUuid(`${key}:order`);
  const mission = isDeskLamp ? DESK_LAMP_PICKUP : rng.pick(OTHER_PICKUPS);
  const lines = pickLines(rng, isShowcase ? OFFICE_CHAIR_PICKUP : mission);
  if (isShowcase) addEarlierChairMat(day, rng, store, customerId, key);
  const channel = rng.chance(0.7) ? "web" : "app";
  const source = channel === "app" ? "mobile-app" : "webshop";
  const placedAt = day.now - rng.between(0.5, 3) * DAY;
  const readyAt = Math.max(
    placedAt + HOUR,
    Math.min(day.now - MINUTE, amsterdamTime(day.today, rng.int(8 * 60, 11 * 60))),
  );
  const total = basketTotal(lines);
  day.rows.order([
    orderId,
    customerId,
    orderNumber,
    channel,
    "click_and_collect",
    "placed",
    store.id,
    "ready",
    day.date,
    null,
    iso(placedAt),
    total,
    "EUR",
    source,
    iso(placedAt),
    iso(readyAt),
  ]);
  lines.forEach((line, l) =>
    day.rows.orderLine([
      keyUuid(`${key}:line:${l}`),
      orderId,
      line.product.sku,
      line.product.name,
      line.product.category,
      line.quantity,
      line.product.price.toFixed(2),
      customerId,
    ]),
  );
  const at = { locationId: store.id, payload: { orderNumber } };
  const what = lines.map((line) => line.product.category).join(", ");
  day.rows.event(customerId, {
    ...at,
    key: `${key}:placed`,
    type: "order_placed",
    channel,
    at: placedAt,
    source,
    summary: `Ordered ${what} for pickup in ${store.city} (#${orderNumber})`,
  });
  day.rows.event(customerId, {
    ...at,
    key: `${key}:paid`,
    type: "payment",
    channel,
    at: placedAt + MINUTE,
    source,
    summary: `Paid €${total} for order #${orderNumber}`,
    payload: { orderNumber, amount: total },
  });
  day.rows.event(customerId, {
    ...at,
    key: `${key}:ready`,
    type: "order_ready",
    channel: rng.pick(["sms", "email", "app"] as const),
    at: readyAt,
    source: "store-pos",
    summary: `Order #${orderNumber} is ready for pickup in ${store.city}`,
  });
}
