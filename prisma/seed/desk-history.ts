// The desk as Gastvrij sees it, for the insights "is the context used at the desk?": two colleagues
// per location (accounts without a password: they sign in once an admin resets it), the check-ins,
// hand-overs, notes and facts of the last 120 days attributed to them (about one in seven stays with
// the source system), and the card opened a few minutes before a share of those check-ins and
// hand-overs that differs per colleague and grows over the months, as a team gets used to it.
// Idempotent: attribution only fills empty authors, views have ids derived from their action.
import type pg from "pg";
import { keyUuid } from "./ids";
import type { SeedLocations } from "./locations";

const DESK_DAYS = 120;

/** Two colleagues per location, by location code: the first opens the card more often. */
const COLLEAGUES: Record<string, readonly [string, string]> = {
  "HTL-AMS": ["Sanne de Boer", "Joris Visser"],
  "HTL-UTR": ["Lotte Jansen", "Mehmet Yilmaz"],
  "HTL-MST": ["Iris Smeets", "Luuk Claessens"],
  "STR-AMS": ["Noa Bakker", "Daan Mulder"],
  "STR-RTM": ["Fatima El Amrani", "Thijs de Graaf"],
  "STR-DHG": ["Eva van Dijk", "Bas Hendriks"],
  "STR-EHV": ["Julia Peeters", "Stijn van den Broek"],
};
/** Chance (in percent) that each colleague opens the card first at the start of the 120 days… */
const BASE_SHARE = [50, 22] as const;
/** …plus up to this much by today. */
const GROWTH = 30;

export interface DeskHistorySummary {
  staff: number;
  attributed: number;
  views: number;
}

export async function seedDeskHistory(
  client: pg.ClientBase,
  locations: SeedLocations,
  now: number,
): Promise<DeskHistorySummary> {
  const summary: DeskHistorySummary = { staff: 0, attributed: 0, views: 0 };
  const colleagues: { id: string; email: string; locationId: string; slot: number }[] = [];
  for (const location of locations.all) {
    const names = COLLEAGUES[location.code];
    if (!names) continue;
    for (const [slot, name] of names.entries()) {
      const id = keyUuid(`staff:${location.code}:${slot}`);
      const email = `desk.${location.code.toLowerCase()}.${slot + 1}@staff.demo.gastvrij.nl`;
      const role = location.type === "hotel" ? "receptionist" : "store_staff";
      const inserted = await client.query(
        `INSERT INTO "StaffUser" (id, email, name, role, "updatedAt") VALUES ($1, $2, $3, $4::"StaffRole", now())
         ON CONFLICT DO NOTHING`,
        [id, email, name, role],
      );
      summary.staff += inserted.rowCount ?? 0;
      await client.query(
        `INSERT INTO "StaffLocation" ("staffUserId", "locationId") VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [id, location.id],
      );
      colleagues.push({ id, email, locationId: location.id, slot });
    }
  }
  if (colleagues.length === 0) return summary;
  const since = new Date(now - DESK_DAYS * 86_400_000).toISOString().replace("Z", "");
  const until = new Date(now).toISOString().replace("Z", "");
  const staff = `(VALUES ${colleagues.map((_, i) => `($${3 + i * 4}::uuid, $${4 + i * 4}, $${5 + i * 4}::uuid, $${6 + i * 4}::int)`).join(", ")})`;
  const staffParams = colleagues.flatMap((c) => [c.id, c.email, c.locationId, c.slot]);

  const attributed = await client.query(
    `WITH staff (id, email, "locationId", slot) AS ${staff}
     UPDATE "JourneyEvent" e SET "createdById" = s.id
     FROM staff s
     WHERE e."locationId" = s."locationId" AND e."createdById" IS NULL
       AND e.type IN ('check_in', 'order_picked_up', 'staff_note', 'fact_learned')
       AND e.source IN ('front-desk', 'store-pos')
       AND e."occurredAt" > $1::timestamp AND e."occurredAt" <= $2::timestamp
       AND abs(hashtext(e.id::text || ':desk')) % 100 < 86
       AND s.slot = abs(hashtext(e.id::text || ':who')) % 2`,
    [since, until, ...staffParams],
  );
  summary.attributed = attributed.rowCount ?? 0;

  const views = await client.query(
    `WITH staff (id, email, "locationId", slot) AS ${staff}
     INSERT INTO "AuditEntry" (id, "occurredAt", "actorId", "actorEmail", action, "customerId", "userAgent")
     SELECT md5(e.id::text || ':view')::uuid,
       e."occurredAt" - (2 + abs(hashtext(e.id::text || ':minutes')) % 14) * interval '1 minute',
       s.id, s.email, 'customer.view', e."customerId", 'seed'
     FROM "JourneyEvent" e JOIN staff s ON s.id = e."createdById"
     WHERE e.type IN ('check_in', 'order_picked_up')
       AND e."occurredAt" > $1::timestamp AND e."occurredAt" <= $2::timestamp
       AND abs(hashtext(e.id::text || ':view')) % 100 <
         (CASE s.slot WHEN 0 THEN ${BASE_SHARE[0]} ELSE ${BASE_SHARE[1]} END)
         + ${GROWTH} * extract(epoch FROM e."occurredAt" - $1::timestamp) / ${DESK_DAYS * 86_400}
     ON CONFLICT (id) DO NOTHING`,
    [since, until, ...staffParams],
  );
  summary.views = views.rowCount ?? 0;
  return summary;
}
