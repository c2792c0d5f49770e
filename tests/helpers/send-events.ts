// POST /api/v1/events through the real route handler, for tests about what ingest stores and answers.
import { expect } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import type { EventPayload } from "../factories/event-factory";
import { callApi } from "./api-client";

export type EventResult = {
  status: string;
  eventId?: string;
  policy?: { withinPolicy: boolean; violatedRules: string[] };
};

/** Sends one batch with the key and returns each event's result; the request itself must succeed. */
export async function sendEvents(key: string, events: EventPayload[]): Promise<EventResult[]> {
  const response = await callApi(POST, "/api/v1/events", { key, body: { events } });
  expect(response.status).toBe(200);
  return (response.body as { results: EventResult[] }).results;
}
