// Issue 14, masking that holds: for any email addresses and phone numbers, in any of the encodings
// they arrive in, embedded in every free-text field of a customer, an intern's profile, timeline,
// event details, search results and their JSON routes hold none of them, compared as text and as
// bare digits.
import type { SecondFactorState } from "@/lib/auth/second-factor-state";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getCustomerProfile } from "@/lib/greeting-card/get-customer-profile";
import { searchCustomers } from "@/lib/search/search-customers";
import {
  contextArbitrary,
  emailArbitrary,
  leaksIn,
  phoneArbitrary,
} from "@/tests/helpers/personal-data-arbitraries";
import { getTimelineEvent } from "@/lib/timeline/get-timeline-event";
import { listTimelineEvents } from "@/lib/timeline/list-timeline-events";
import { actor, location } from "../timeline/timeline-fixtures";
import { passedSecondFactor } from "../../factories/actor-factory";
import { seedFreeTextCustomer } from "./seed-free-text";

const session = {
  actor: null as (Actor & { mustChangePassword: boolean; secondFactor: SecondFactorState }) | null,
};
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const { GET: listRoute } = await import("@/app/api/customers/[id]/timeline/route");
const { GET: eventRoute } = await import("@/app/api/customers/[id]/timeline/[eventId]/route");

async function getJson(handler: typeof listRoute, path: string, params: Record<string, string>) {
  const response = await handler(new NextRequest(new URL(path, "http://localhost")), {
    params: Promise.resolve(params),
  });
  expect(response.status).toBe(200);
  // The body as sent, parsed: what a browser receives, escapes and all.
  return JSON.parse(await response.text()) as unknown;
}

let hotel = "";
let store = "";
let intern: Actor;

beforeAll(async () => {
  hotel = await location("HTL-PII");
  store = await location("STR-PII", "store");
  intern = await actor("intern", [hotel, store]);
  session.actor = { ...intern, mustChangePassword: false, secondFactor: passedSecondFactor() };
});

const sample = fc.record({
  phones: fc.array(phoneArbitrary, { minLength: 3, maxLength: 3 }),
  emails: fc.array(emailArbitrary, { minLength: 3, maxLength: 3 }),
  contexts: fc.array(fc.tuple(contextArbitrary, contextArbitrary), { minLength: 3, maxLength: 3 }),
});

describe("an intern's view of a customer whose every text holds personal data", () => {
  it("holds no email address or phone number, in the data functions and the JSON routes", async () => {
    await fc.assert(
      fc.asyncProperty(sample, async ({ phones, emails, contexts }) => {
        const texts = contexts.map(
          ([[a, b], [c, d]], i) => `${a}${phones[i]!.written}${b} / ${c}${emails[i]!.written}${d}`,
        );
        const keys = [emails[0]!.written, phones[1]!.written];
        const { id, surname } = await seedFreeTextCustomer({ hotel, store, texts, keys });

        const profile = await getCustomerProfile(intern, id);
        const page = await listTimelineEvents(intern, id);
        const details = await Promise.all(page.events.map((event) => getTimelineEvent(intern, id, event.id)));
        const search = await searchCustomers(intern, { q: surname });
        const listJson = await getJson(listRoute, `/api/customers/${id}/timeline`, { id });
        const eventJson = await Promise.all(
          page.events.map((event) =>
            getJson(eventRoute, `/api/customers/${id}/timeline/${event.id}`, { id, eventId: event.id }),
          ),
        );
        // The seed reached every place it should: a check that the test can fail.
        expect(profile?.today.ok && profile.today.data.booking).toBeTruthy();
        expect(profile?.today.ok && profile.today.data.pickups).toHaveLength(1);
        expect(profile?.facts.ok && profile.facts.data.items).toHaveLength(1);
        expect(page.events).toHaveLength(4);
        expect(search.hits.map((hit) => hit.id)).toContain(id);

        const everything = [profile, page, details, search, listJson, eventJson];
        expect(leaksIn(everything, phones, emails)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });
});
