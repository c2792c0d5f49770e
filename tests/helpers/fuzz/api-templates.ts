// Valid requests for every /api/v1 write and eligibility route, one template per kind of item, each
// with markers unique to the request so the fuzz test can tell what a rejected item left behind.
import type { ItemMarkers } from "./ledger";

let serial = 0;

function fullEvent(n: string, variant: number): Record<string, unknown> {
  const base = {
    channel: "web",
    direction: "inbound",
    occurredAt: "2026-11-20T10:00:00+01:00",
    sourceEventId: `fz-${n}`,
    identifiers: { email: `fz-${n}@fuzz-test.nl`, phone: "+31612345678", webId: `web-${n}` },
    traits: { firstName: "Fuzz", birthDate: "1990-04-01", timeZone: "Europe/Amsterdam", language: "nl" },
    summary: "Fuzzed",
    campaign: { source: "google", medium: "cpc", campaign: "winter" },
    payload: { note: "x", list: [1, 2] },
  };
  switch (variant % 5) {
    case 0:
      return { ...base, type: "page_view" };
    case 1:
      return {
        ...base,
        type: "booking_created",
        channel: "booking_com",
        locationCode: "HTL-FUZ",
        booking: {
          reference: `BK-${n}`,
          arrivalDate: "2026-12-01",
          departureDate: "2026-12-03",
          roomType: "Double",
          guests: 2,
        },
      };
    case 2:
      return {
        ...base,
        type: "order_placed",
        order: {
          orderNumber: `ORD-${n}`,
          fulfilment: "click_and_collect",
          pickupLocationCode: "STR-FUZ",
          readyDate: "2026-11-22",
          totalAmount: 12.5,
          currency: "EUR",
          lines: [{ sku: "S-1", productName: "Lamp", category: "lighting", quantity: 1, unitPrice: "12.50" }],
        },
      };
    case 3:
      return {
        ...base,
        type: "fact_learned",
        fact: { kind: "preference", label: "Room", value: "High floor" },
      };
    default:
      return {
        ...base,
        type: "complaint",
        channel: "email",
        serviceCase: { reference: `CASE-${n}`, kind: "complaint", reason: "Noise" },
      };
  }
}

function segmentMessages(n: string): Record<string, unknown>[] {
  const context = {
    locale: "nl-NL",
    campaign: { source: "news", medium: "email", name: "dec" },
    traits: { email: `fz-seg-t-${n}@fuzz-test.nl` },
  };
  return [
    {
      type: "identify",
      messageId: `fz-id-${n}`,
      userId: `fz-user-i-${n}`,
      traits: { email: `fz-seg-i-${n}@fuzz-test.nl`, birthday: "1985-06-07", name: "Fuzz Test" },
      timestamp: "2026-11-20T10:00:00Z",
    },
    {
      type: "track",
      messageId: `fz-tr-${n}`,
      userId: `fz-user-t-${n}`,
      event: "Order Completed",
      properties: {
        order_id: `SEG-${n}`,
        total: 10,
        currency: "eur",
        products: [{ product_id: "P1", name: "Mug", category: "kitchen", price: 10, quantity: 1 }],
      },
      context,
      timestamp: "2026-11-20T10:00:00Z",
    },
    {
      type: "page",
      messageId: `fz-pg-${n}`,
      anonymousId: `fz-anon-p-${n}`,
      name: "Rooms",
      properties: { path: "/rooms" },
      context,
      originalTimestamp: "2026-11-20T10:00:00Z",
    },
    {
      type: "screen",
      messageId: `fz-sc-${n}`,
      userId: `fz-user-s-${n}`,
      name: "Home",
      context: { app: { name: "Gastvrij app" } },
      timestamp: "2026-11-20T10:00:00Z",
    },
    {
      type: "alias",
      messageId: `fz-al-${n}`,
      previousId: `fz-anon-a-${n}`,
      userId: `fz-user-a-${n}`,
      timestamp: "2026-11-20T10:00:00Z",
    },
  ];
}

const segmentMarkers = (n: string): ItemMarkers[] => [
  { eventIds: [], identities: [`fz-seg-i-${n}@fuzz-test.nl`, `fz-user-i-${n}`] },
  { eventIds: [`fz-tr-${n}`], identities: [`fz-user-t-${n}`] },
  { eventIds: [`fz-pg-${n}`], identities: [`fz-anon-p-${n}`] },
  { eventIds: [`fz-sc-${n}`], identities: [`fz-user-s-${n}`] },
  { eventIds: [], identities: [`fz-user-a-${n}`] },
];

const SINGLE: Record<string, number> = {
  "/api/v1/identify": 0,
  "/api/v1/track": 1,
  "/api/v1/page": 2,
  "/api/v1/screen": 3,
  "/api/v1/alias": 4,
};

export interface ApiTemplate {
  template: unknown;
  markers: ItemMarkers[];
  /** The serial in every marker of this template. */
  n: string;
}

export function apiTemplates(path: string, variant: number): ApiTemplate {
  const n = `q${process.pid}x${++serial}q`;
  return { ...build(path, variant, n), n };
}

function build(path: string, variant: number, n: string): Omit<ApiTemplate, "n"> {
  if (path === "/api/v1/events") {
    const event = fullEvent(n, variant);
    return {
      template: { events: [event] },
      markers: [{ eventIds: [`fz-${n}`], identities: [`fz-${n}@fuzz-test.nl`, `web-${n}`] }],
    };
  }
  if (path === "/api/v1/customers")
    return {
      template: {
        customers: [
          {
            identifiers: { email: `fz-c-${n}@fuzz-test.nl`, loyaltyId: `L-${n}` },
            traits: {
              firstName: "Fuzz",
              birthDate: "1980-02-29",
              country: "NL",
              timeZone: "Europe/Amsterdam",
            },
          },
        ],
      },
      markers: [{ eventIds: [], identities: [`fz-c-${n}@fuzz-test.nl`] }],
    };
  if (path === "/api/v1/batch") {
    const pickOne = variant % 5;
    return {
      template: {
        batch: [segmentMessages(n)[pickOne]],
        context: { campaign: { source: "batch" } },
        integrations: { All: true },
      },
      markers: [segmentMarkers(n)[pickOne]!],
    };
  }
  if (path === "/api/v1/eligibility")
    return {
      template: {
        purpose: "survey",
        identifiers: [
          "email:fz-known@fuzz-test.nl",
          {
            identifier: "phone:0612345678",
            purpose: "service_followup",
            subject: "CASE-1",
            channel: "email",
          },
          { identifier: `customer:0190f3c0-0000-7000-8000-000000000000`, purpose: "marketing_email" },
        ],
      },
      markers: [],
    };
  const index = SINGLE[path]!;
  return { template: segmentMessages(n)[index], markers: [segmentMarkers(n)[index]!] };
}
