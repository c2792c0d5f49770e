// The boards' contact badges are remembered for 30 s per customer: what this process ingests shows
// on the next board at once, a new policy version at once, and a write it didn't see (another app
// process) within the 30 s.
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { CONTACT_BADGE_TTL_MS } from "@/lib/contact-pressure/contact-badge-cache";
import { getContactBadges } from "@/lib/contact-pressure/get-contact-badges";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { createCustomer } from "../../factories/customer-factory";
import { grantEverything, recordOutbound } from "../../factories/outbound-contact-factory";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 2 });
const HOUR = 3_600_000;
let ingested = "";
let elsewhere = "";

async function consentingGuest(firstName: string, email: string) {
  const { id } = await createCustomer(pool, {
    firstName,
    lastName: "Cached",
    identities: [{ type: "email", value: email }],
  });
  await grantEverything(pool, id);
  return id;
}

beforeAll(async () => {
  ingested = await consentingGuest("Ines", "ines.cached@example.nl");
  elsewhere = await consentingGuest("Otto", "otto.cached@example.nl");
});
afterEach(() => vi.useRealTimers());
afterAll(() => pool.end());

describe("remembered board badges", () => {
  it("show a survey ingested here on the very next board", async () => {
    expect((await getContactBadges([ingested])).get(ingested)).toBeUndefined();
    const [result] = (
      await ingestEvents("badge-cache-test", [
        {
          type: "survey_sent",
          channel: "email",
          direction: "outbound",
          occurredAt: new Date(Date.now() - HOUR).toISOString(),
          sourceEventId: "survey-ines-1",
          identifiers: { email: "ines.cached@example.nl" },
        },
      ])
    ).results;
    expect(result?.status).toBe("accepted");
    const badges = (await getContactBadges([ingested])).get(ingested) ?? [];
    expect(badges.map((badge) => badge.kind)).toEqual(["no_survey"]);
    expect(badges[0]?.reason).toMatch(/^Surveyed 1 hour ago/);
  });

  it("show a write this process didn't make within the time to live, not before", async () => {
    expect((await getContactBadges([elsewhere])).get(elsewhere)).toBeUndefined();
    // As another app process would: straight into the tables, past this process's write paths.
    await recordOutbound(pool, elsewhere, {
      purpose: "survey",
      occurredAt: new Date(Date.now() - HOUR),
    });
    expect((await getContactBadges([elsewhere])).get(elsewhere)).toBeUndefined();
    vi.useFakeTimers({ now: Date.now() + CONTACT_BADGE_TTL_MS + 1, toFake: ["Date"] });
    const badges = (await getContactBadges([elsewhere])).get(elsewhere) ?? [];
    expect(badges.map((badge) => badge.kind)).toEqual(["no_survey"]);
  });
});
