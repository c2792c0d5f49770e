// Valid API event payloads for tests; override any field.
import { randomUUID } from "node:crypto";

export type EventPayload = Record<string, unknown> & {
  sourceEventId: string;
  identifiers: Record<string, unknown>;
};

export function eventPayload(overrides: Partial<EventPayload> = {}): EventPayload {
  return {
    type: "page_view",
    channel: "web",
    direction: "inbound",
    occurredAt: "2026-11-20T10:00:00+01:00",
    sourceEventId: `evt-${randomUUID()}`,
    identifiers: { email: `guest.${randomUUID().slice(0, 8)}@gastvrij-test.nl` },
    ...overrides,
  };
}

export function bookingEvent(
  reference: string,
  locationCode: string,
  overrides: Partial<EventPayload> = {},
): EventPayload {
  return eventPayload({
    type: "booking_created",
    channel: "booking_com",
    booking: {
      reference,
      locationCode,
      arrivalDate: "2026-12-01",
      departureDate: "2026-12-03",
      roomType: "Double",
    },
    ...overrides,
  });
}
