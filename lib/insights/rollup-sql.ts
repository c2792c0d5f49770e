// The statements that rebuild the insights rollups (docs/insights.md) from the raw tables, for the
// local days [$1, $2] (Europe/Amsterdam). Only the refresh job runs them (refresh-insight-rollups.ts);
// no page or route does. Plain SQL text with $n parameters, so the job runs them on its own pg client.

export const ZONE = "Europe/Amsterdam";
/** The staff id of a desk action a source system recorded (no staff member in Gastvrij). */
export const NIL_UUID = "00000000-0000-0000-0000-000000000000";
/** The floor of a full rebuild: every row of every table lies after it. */
export const FULL_FROM_DAY = "2000-01-01";

/** Timestamps are stored as UTC wall time; this is the local day they fall on. */
export const localDay = (column: string) => `((${column} AT TIME ZONE 'UTC') AT TIME ZONE '${ZONE}')::date`;
/** The UTC wall time of local midnight at the start of a day expression. */
export const dayStart = (day: string) => `((${day})::timestamp AT TIME ZONE '${ZONE}') AT TIME ZONE 'UTC'`;

const FROM = dayStart("$1::date");
const UNTIL = dayStart("$2::date + 1");

/** The arrival channel of a visit: its booking or order channel, or the campaign or referral just before it. */
function visitChannel(channel: string) {
  return `CASE
    WHEN ${channel} = 'booking_com' THEN 'booking_com'
    WHEN ${channel} = 'expedia' THEN 'expedia'
    WHEN ${channel} = 'travel_agent' THEN 'travel_agent'
    WHEN ${channel} IN ('walk_in', 'store', 'in_person') THEN 'walk_in'
    WHEN lower(utm.medium) = 'referral' OR lower(utm.source) IN ('friend', 'friends', 'refer-a-friend') THEN 'referral'
    WHEN utm.medium IS NOT NULL AND lower(utm.medium) NOT IN ('organic', '(none)', 'none', '') THEN 'campaign'
    WHEN ${channel} IN ('direct', 'web') THEN 'direct_web'
    WHEN ${channel} = 'app' THEN 'app'
    WHEN ${channel} IN ('phone', 'email', 'sms', 'chat') THEN 'phone'
    ELSE 'other' END`;
}

/** The campaign or referrer the customer came through in the 7 days before a booking or order. */
function lastCampaign(customerId: string, at: string) {
  return `SELECT e."utmSource" AS source, e."utmMedium" AS medium
    FROM "JourneyEvent" e
    WHERE e."customerId" = ${customerId} AND e."occurredAt" <= ${at} AND e."occurredAt" > ${at} - interval '7 days'
      AND e.direction = 'inbound' AND e."utmMedium" IS NOT NULL
    ORDER BY e."occurredAt" DESC LIMIT 1`;
}

/** The customer's first touch in the same categories as a visit's arrival channel. */
const FIRST_TOUCH = `CASE
    WHEN c."firstTouchChannel" IS NULL AND coalesce(c."firstTouchSource", '') = '' THEN 'unknown'
    WHEN c."firstTouchChannel" = 'booking_com' THEN 'booking_com'
    WHEN c."firstTouchChannel" = 'expedia' THEN 'expedia'
    WHEN c."firstTouchChannel" = 'travel_agent' THEN 'travel_agent'
    WHEN lower(coalesce(c."firstTouchSource", '')) ~ '(referral|friend|recommend)' THEN 'referral'
    WHEN c."firstTouchChannel" IN ('walk_in', 'store', 'in_person') THEN 'walk_in'
    WHEN lower(coalesce(c."firstTouchSource", '')) ~ '(cpc|ppc|paid|display|social|newsletter|email|campaign)'
      OR c."firstTouchChannel" IN ('email', 'sms', 'social') THEN 'campaign'
    WHEN c."firstTouchChannel" IN ('web', 'direct') THEN 'direct_web'
    WHEN c."firstTouchChannel" = 'app' THEN 'app'
    WHEN c."firstTouchChannel" IN ('phone', 'chat') THEN 'phone'
    ELSE 'other' END`;

export const VISITS_SQL = `
INSERT INTO "InsightVisitDaily" (day, "locationId", kind, "visitChannel", "firstTouch", visits)
SELECT v.day, v."locationId", v.kind, v."visitChannel", v."firstTouch", count(*)::int
FROM (
  SELECT b."arrivalDate" AS day, b."locationId", 'stay' AS kind,
    ${visitChannel("b.channel")} AS "visitChannel", ${FIRST_TOUCH} AS "firstTouch"
  FROM "Booking" b
  JOIN "Customer" c ON c.id = b."customerId"
  LEFT JOIN LATERAL (${lastCampaign('b."customerId"', 'b."createdAt"')}) utm ON true
  WHERE b.status IN ('checked_in', 'checked_out') AND b."arrivalDate" BETWEEN $1::date AND $2::date
  UNION ALL
  SELECT ${localDay('o."placedAt"')}, o."pickupLocationId", 'order',
    ${visitChannel("o.channel")}, ${FIRST_TOUCH}
  FROM "Order" o
  JOIN "Customer" c ON c.id = o."customerId"
  LEFT JOIN LATERAL (${lastCampaign('o."customerId"', 'o."placedAt"')}) utm ON true
  WHERE o.status <> 'cancelled' AND o."pickupLocationId" IS NOT NULL
    AND o."placedAt" >= ${FROM} AND o."placedAt" < ${UNTIL}
) v
GROUP BY 1, 2, 3, 4, 5`;

/** A stay that happened: checked in, or checked in and out. */
const STAYED = `b.status IN ('checked_in', 'checked_out')`;

export const REBOOK_SQL = `
INSERT INTO "InsightRebookDaily" (day, "locationId", "firstChannel", "returnChannel", returns, "valuedReturns", "returnValue")
WITH guests AS (
  SELECT DISTINCT b."customerId" FROM "Booking" b
  WHERE ${STAYED} AND b."arrivalDate" BETWEEN $1::date AND $2::date
), pairs AS (
  SELECT * FROM (
    SELECT b."customerId", b."locationId", b."arrivalDate", b.channel::text AS channel, b.reference, b."createdAt",
      row_number() OVER stays AS n, first_value(b.channel::text) OVER stays AS "firstChannel"
    FROM "Booking" b JOIN guests g ON g."customerId" = b."customerId"
    WHERE ${STAYED}
    WINDOW stays AS (PARTITION BY b."customerId" ORDER BY b."arrivalDate", b."createdAt", b.id)
  ) numbered
  WHERE n = 2 AND "firstChannel" IN ('booking_com', 'expedia') AND "arrivalDate" BETWEEN $1::date AND $2::date
)
SELECT p."arrivalDate", p."locationId", p."firstChannel", p.channel, count(*)::int, count(paid.amount)::int,
  coalesce(sum(paid.amount), 0)
FROM pairs p
LEFT JOIN LATERAL (
  SELECT sum((e.payload->>'amount')::numeric) AS amount
  FROM "JourneyEvent" e
  WHERE e."customerId" = p."customerId" AND e."occurredAt" >= p."createdAt" - interval '1 day'
    AND e.type = 'payment' AND e.payload->>'bookingRef' = p.reference
    AND (e.payload->>'amount') ~ '^[0-9]+(\\.[0-9]+)?$'
) paid ON true
GROUP BY 1, 2, 3, 4`;

/** One step of a journey, or NULL for events that are not a step (outbound, consents, admin). */
const STEP = `CASE
    WHEN e.type IN ('page_view', 'campaign_click') THEN CASE
      WHEN lower(e."utmMedium") = 'referral' OR lower(e."utmSource") IN ('friend', 'friends', 'refer-a-friend') THEN 'referral'
      WHEN lower(e."utmMedium") IN ('cpc', 'ppc', 'paid', 'display', 'paid_social', 'paidsocial') THEN 'ad'
      WHEN lower(e."utmMedium") = 'social' THEN 'social'
      WHEN lower(e."utmMedium") IN ('email', 'newsletter') OR (e.type = 'campaign_click' AND e.channel = 'email') THEN 'email'
      WHEN lower(e."utmMedium") = 'organic' THEN 'search'
      WHEN e.channel = 'app' THEN 'app'
      ELSE 'web' END
    WHEN e.type = 'generic' THEN CASE WHEN e.channel = 'app' THEN 'app' ELSE 'web' END
    WHEN e.type IN ('service_contact', 'info_question') THEN 'service'
    WHEN e.type = 'social_mention' THEN 'social'
    ELSE NULL END`;

const CONVERSION_STEP = `CASE
    WHEN f.type = 'booking_created' THEN CASE
      WHEN f.channel IN ('booking_com', 'expedia') THEN 'book_ota'
      WHEN f.channel = 'travel_agent' THEN 'book_agent'
      WHEN f.channel = 'walk_in' THEN 'walk_in'
      ELSE 'book_direct' END
    WHEN f.channel IN ('store', 'in_person') THEN 'order_store'
    ELSE 'order_online' END`;

/**
 * Into a temporary table "paths" (customerId, locationId, day, path): each customer whose first
 * booking or order falls in [$1, $2], with the distinct steps before it in order of first appearance
 * (at most three; with more, the first two and "more"), then the conversion itself.
 */
export const ACQUISITION_PATHS_SQL = `
CREATE TEMP TABLE paths ON COMMIT DROP AS
WITH candidates AS (
  SELECT DISTINCT ON (e."customerId") e."customerId", e."occurredAt", e."locationId", e.type, e.channel
  FROM "JourneyEvent" e
  WHERE e.type IN ('booking_created', 'order_placed') AND e."occurredAt" >= ${FROM} AND e."occurredAt" < ${UNTIL}
  ORDER BY e."customerId", e."occurredAt", e.id
), firsts AS (
  SELECT c.* FROM candidates c
  WHERE c."locationId" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "JourneyEvent" p
    WHERE p."customerId" = c."customerId" AND p."occurredAt" < c."occurredAt"
      AND p.type IN ('booking_created', 'order_placed'))
), steps AS (
  SELECT f."customerId", s.step, min(e."occurredAt") AS at
  FROM firsts f
  JOIN "JourneyEvent" e ON e."customerId" = f."customerId" AND e."occurredAt" < f."occurredAt"
  CROSS JOIN LATERAL (SELECT ${STEP} AS step) s
  WHERE e.direction = 'inbound' AND s.step IS NOT NULL
  GROUP BY 1, 2
), numbered AS (
  SELECT "customerId", step, row_number() OVER (PARTITION BY "customerId" ORDER BY at, step) AS n,
    count(*) OVER (PARTITION BY "customerId") AS total
  FROM steps
), heads AS (
  SELECT "customerId", max(total) AS total,
    string_agg(step, '>' ORDER BY n) FILTER (WHERE n <= CASE WHEN total > 3 THEN 2 ELSE 3 END) AS head
  FROM numbered GROUP BY 1
)
SELECT f."customerId", f."locationId", ${localDay('f."occurredAt"')} AS day,
  concat_ws('>', h.head, CASE WHEN h.total > 3 THEN 'more' END, ${CONVERSION_STEP}) AS path
FROM firsts f LEFT JOIN heads h ON h."customerId" = f."customerId"`;

/**
 * Into "paths": every complaint at a location opened in [$1, $2], as complaint → how fast it was
 * resolved → surveyed within 30 days (if so) → the next stay or order within 180 days ("returned"),
 * none in 180 days ("churned"), or not yet known ("waiting"). $3 is now (UTC wall time).
 */
export const COMPLAINT_PATHS_SQL = `
CREATE TEMP TABLE paths ON COMMIT DROP AS
SELECT sc."customerId", sc."locationId", ${localDay('sc."openedAt"')} AS day,
  concat_ws('>', 'complaint',
    CASE WHEN sc.status NOT IN ('resolved', 'closed') OR sc."closedAt" IS NULL THEN 'unresolved'
      WHEN sc."closedAt" - sc."openedAt" <= interval '1 day' THEN 'resolved_1d'
      WHEN sc."closedAt" - sc."openedAt" <= interval '7 days' THEN 'resolved_7d'
      ELSE 'resolved_later' END,
    CASE WHEN EXISTS (
      SELECT 1 FROM "OutboundContact" oc
      WHERE oc."customerId" = sc."customerId" AND oc."occurredAt" > sc."openedAt"
        AND oc."occurredAt" <= sc."openedAt" + interval '30 days' AND oc.purpose = 'survey') THEN 'surveyed' END,
    CASE
      WHEN EXISTS (
        SELECT 1 FROM "Booking" b
        WHERE b."customerId" = sc."customerId" AND ${STAYED}
          AND b."arrivalDate" > ${localDay('sc."openedAt"')} AND b."arrivalDate" <= ${localDay('sc."openedAt"')} + 180)
        OR EXISTS (
        SELECT 1 FROM "Order" o
        WHERE o."customerId" = sc."customerId" AND o."placedAt" > sc."openedAt"
          AND o."placedAt" <= sc."openedAt" + interval '180 days' AND o.status <> 'cancelled') THEN 'returned'
      WHEN sc."openedAt" <= $3::timestamp - interval '180 days' THEN 'churned'
      ELSE 'waiting' END) AS path
FROM "ServiceCase" sc
WHERE sc.kind = 'complaint' AND sc."locationId" IS NOT NULL
  AND sc."openedAt" >= ${FROM} AND sc."openedAt" < ${UNTIL}`;

/** From the temporary "paths" into the two path rollups; $1 is the kind. */
export const PATH_CUSTOMERS_SQL = `
INSERT INTO "InsightPathCustomer" (kind, "locationId", path, day, "customerId")
SELECT DISTINCT $1::text, "locationId", path, day, "customerId" FROM paths`;
export const PATH_DAILY_SQL = `
INSERT INTO "InsightPathDaily" (kind, day, "locationId", path, customers)
SELECT $1::text, day, "locationId", path, count(*)::int FROM paths GROUP BY 2, 3, 4`;

/** Every complaint at a location, rebuilt whole on each run: closing an old complaint changes its row. */
export const COMPLAINT_COHORT_SQL = `
INSERT INTO "InsightComplaintCohort" ("openedDay", "closedDay", "locationId", reason, "resolveHours", cases)
SELECT ${localDay('sc."openedAt"')},
  CASE WHEN c.closed THEN ${localDay('sc."closedAt"')} ELSE 'infinity'::date END,
  sc."locationId", sc.reason,
  CASE WHEN c.closed THEN greatest(0, floor(extract(epoch FROM sc."closedAt" - sc."openedAt") / 3600))::int ELSE -1 END,
  count(*)::int
FROM "ServiceCase" sc
CROSS JOIN LATERAL (SELECT sc.status IN ('resolved', 'closed') AND sc."closedAt" IS NOT NULL AS closed) c
WHERE sc.kind = 'complaint' AND sc."locationId" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5`;

/**
 * Surveys sent in [$1, $2]. $3: the trivial interaction types, $4: the days such an interaction
 * blocks a survey, $5: the payment amount below which a payment is trivial (null: never), all from
 * the contact policy in force. A survey without a place counts at the place the customer was last seen.
 */
export const SURVEYS_SQL = `
INSERT INTO "InsightSurveyDaily" (day, "locationId", gap, "priorSurveys", "afterTrivial", sent, responded)
WITH sent AS (
  SELECT oc."customerId", oc."occurredAt", coalesce(e."locationId", home."locationId") AS "locationId"
  FROM "OutboundContact" oc
  JOIN "JourneyEvent" e ON e.id = oc."eventId"
  LEFT JOIN LATERAL (
    SELECT cl."locationId" FROM "CustomerLocation" cl
    WHERE cl."customerId" = oc."customerId" AND cl."firstSeenAt" <= oc."occurredAt"
    ORDER BY cl."lastSeenAt" DESC LIMIT 1
  ) home ON e."locationId" IS NULL
  WHERE oc.purpose = 'survey' AND oc."occurredAt" >= ${FROM} AND oc."occurredAt" < ${UNTIL}
)
SELECT ${localDay('s."occurredAt"')},
  s."locationId",
  CASE WHEN prev.at IS NULL THEN 'first'
    WHEN s."occurredAt" - prev.at < interval '7 days' THEN '0-6'
    WHEN s."occurredAt" - prev.at < interval '30 days' THEN '7-29'
    WHEN s."occurredAt" - prev.at < interval '90 days' THEN '30-89'
    WHEN s."occurredAt" - prev.at < interval '180 days' THEN '90-179'
    ELSE '180+' END,
  least(prior.n, 3),
  x."afterTrivial",
  count(*)::int,
  (count(*) FILTER (WHERE x.responded))::int
FROM sent s
LEFT JOIN LATERAL (
  SELECT p."occurredAt" AS at FROM "OutboundContact" p
  WHERE p."customerId" = s."customerId" AND p."occurredAt" < s."occurredAt" AND p.purpose = 'survey'
  ORDER BY p."occurredAt" DESC LIMIT 1
) prev ON true
LEFT JOIN LATERAL (
  SELECT p."occurredAt" AS at FROM "OutboundContact" p
  WHERE p."customerId" = s."customerId" AND p."occurredAt" > s."occurredAt" AND p.purpose = 'survey'
  ORDER BY p."occurredAt" LIMIT 1
) following ON true
CROSS JOIN LATERAL (
  SELECT count(*)::int AS n FROM "OutboundContact" p
  WHERE p."customerId" = s."customerId" AND p."occurredAt" < s."occurredAt"
    AND p."occurredAt" >= s."occurredAt" - interval '365 days' AND p.purpose = 'survey'
) prior
CROSS JOIN LATERAL (
  SELECT
    EXISTS (
      SELECT 1 FROM "JourneyEvent" r
      WHERE r."customerId" = s."customerId" AND r."occurredAt" > s."occurredAt"
        AND r."occurredAt" <= s."occurredAt" + interval '14 days'
        AND r."occurredAt" < coalesce(following.at, 'infinity'::timestamp) AND r.type = 'survey_response'
    ) AS responded,
    EXISTS (
      SELECT 1 FROM "JourneyEvent" t
      WHERE t."customerId" = s."customerId" AND t."occurredAt" < s."occurredAt"
        AND t."occurredAt" > s."occurredAt" - $4::int * interval '1 day' AND t.direction = 'inbound'
        AND (t.type::text = ANY($3::text[])
          OR (t.type = 'payment' AND $5::numeric IS NOT NULL
            AND (t.payload->>'amount') ~ '^[0-9]+(\\.[0-9]+)?$' AND (t.payload->>'amount')::numeric < $5::numeric))
    ) AS "afterTrivial"
) x
WHERE s."locationId" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5`;

/**
 * Check-ins and pickups in [$1, $2]: whether the card was opened in the 12 hours before (by the same
 * staff member when Gastvrij knows who acted, else by anyone), and if so how many facts recorded on
 * an earlier day it showed; plus the notes and facts logged at the location that day.
 */
export const DESK_SQL = `
INSERT INTO "InsightDeskDaily" (day, "locationId", "staffUserId", kind, actions, "cardOpened", "factReuseVisits", "factsReused", notes, facts)
WITH actions AS (
  SELECT e."customerId", e."locationId", e."occurredAt", e."createdById", ${localDay('e."occurredAt"')} AS day,
    CASE WHEN e.type = 'check_in' THEN 'check_in' ELSE 'pickup' END AS kind
  FROM "JourneyEvent" e
  WHERE e.type IN ('check_in', 'order_picked_up') AND e."locationId" IS NOT NULL
    AND e."occurredAt" >= ${FROM} AND e."occurredAt" < ${UNTIL}
), judged AS (
  SELECT a.day, a."locationId", coalesce(a."createdById", '${NIL_UUID}'::uuid) AS staff, a.kind,
    v.at IS NOT NULL AS opened, coalesce(f.n, 0) AS reused
  FROM actions a
  LEFT JOIN LATERAL (
    SELECT au."occurredAt" AS at FROM "AuditEntry" au
    WHERE au."customerId" = a."customerId" AND au."occurredAt" <= a."occurredAt"
      AND au."occurredAt" > a."occurredAt" - interval '12 hours' AND au.action = 'customer.view'
      AND (a."createdById" IS NULL OR au."actorId" = a."createdById")
    ORDER BY au."occurredAt" DESC LIMIT 1
  ) v ON true
  LEFT JOIN LATERAL (
    SELECT count(*)::int AS n FROM "CustomerFact" f
    WHERE f."customerId" = a."customerId" AND f."recordedAt" < ${dayStart("a.day")}
  ) f ON v.at IS NOT NULL
), acted AS (
  SELECT day, "locationId", staff, kind, count(*)::int AS actions, (count(*) FILTER (WHERE opened))::int AS opened,
    (count(*) FILTER (WHERE reused > 0))::int AS "reuseVisits", sum(reused)::int AS reused
  FROM judged GROUP BY 1, 2, 3, 4
), logged AS (
  SELECT ${localDay('e."occurredAt"')} AS day, e."locationId", coalesce(e."createdById", '${NIL_UUID}'::uuid) AS staff,
    CASE WHEN l.type = 'hotel' THEN 'check_in' ELSE 'pickup' END AS kind,
    (count(*) FILTER (WHERE e.type = 'staff_note'))::int AS notes,
    (count(*) FILTER (WHERE e.type = 'fact_learned'))::int AS facts
  FROM "JourneyEvent" e JOIN "Location" l ON l.id = e."locationId"
  WHERE e.type IN ('staff_note', 'fact_learned') AND e."occurredAt" >= ${FROM} AND e."occurredAt" < ${UNTIL}
  GROUP BY 1, 2, 3, 4
)
SELECT coalesce(a.day, l.day), coalesce(a."locationId", l."locationId"), coalesce(a.staff, l.staff),
  coalesce(a.kind, l.kind), coalesce(a.actions, 0), coalesce(a.opened, 0), coalesce(a."reuseVisits", 0),
  coalesce(a.reused, 0), coalesce(l.notes, 0), coalesce(l.facts, 0)
FROM acted a
FULL JOIN logged l ON l.day = a.day AND l."locationId" = a."locationId" AND l.staff = a.staff AND l.kind = a.kind`;
