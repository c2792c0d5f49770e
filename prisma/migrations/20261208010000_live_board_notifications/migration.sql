-- Live boards (lib/live/): a committed change that concerns an arrivals or pickups board is announced
-- with NOTIFY, carrying only ids, so every app server can push it to the open boards of that location.
-- Statement-level triggers with transition tables: a bulk write (an ingest batch, a CSV import, the
-- seed) sends one notification per location and kind, not one per row. PostgreSQL delivers them at
-- commit and drops them on rollback, and folds identical ones within a transaction.
--
-- Channel gastvrij_board, payload {"l": location id, "k": kind, "ids": [...]} where kind is
--   b  bookings (the arrivals board of l for day "d"),  o  orders ready for pickup (the pickups board of l),
--   c  customers whose badges changed (complaints, facts), sent to every location they have activity at,
-- or {"l", "k", "all": true} instead of more than 150 ids (a notification holds 8,000 bytes).
-- Channel gastvrij_staff, payload {"s": session id} or {"u": staff user id}: a session ended or a user
-- lost access, so the streams they hold are checked again at once.

CREATE FUNCTION "gastvrij_announce_board"(location uuid, kind text, ids uuid[], day date DEFAULT NULL)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  payload jsonb;
BEGIN
  IF location IS NULL OR ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  payload := jsonb_build_object('l', location, 'k', kind);
  IF day IS NOT NULL THEN
    payload := payload || jsonb_build_object('d', day);
  END IF;
  -- 150 ids make about 5,600 bytes; past that the boards refetch whole.
  IF cardinality(ids) > 150 THEN
    payload := payload || jsonb_build_object('all', true);
  ELSE
    payload := payload || jsonb_build_object('ids', ids);
  END IF;
  PERFORM pg_notify('gastvrij_board', payload::text);
END;
$$;

-- Bookings: the arrivals board of the booking's hotel and arrival day (before and after, should it
-- move), so boards of other days need not look: {"l", "k": "b", "d": "YYYY-MM-DD", "ids"}.
CREATE FUNCTION "gastvrij_board_bookings"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "gastvrij_announce_board"(g.loc, 'b', g.ids, g.day)
    FROM (SELECT "locationId" AS loc, "arrivalDate" AS day, array_agg(DISTINCT id) AS ids
          FROM new_rows GROUP BY 1, 2) g;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "gastvrij_announce_board"(g.loc, 'b', g.ids, g.day)
    FROM (SELECT loc, day, array_agg(DISTINCT id) AS ids
          FROM (SELECT "locationId" AS loc, "arrivalDate" AS day, id FROM new_rows
                UNION ALL SELECT "locationId", "arrivalDate", id FROM old_rows) r
          GROUP BY 1, 2) g;
  ELSE
    PERFORM "gastvrij_announce_board"(g.loc, 'b', g.ids, g.day)
    FROM (SELECT "locationId" AS loc, "arrivalDate" AS day, array_agg(DISTINCT id) AS ids
          FROM old_rows GROUP BY 1, 2) g;
  END IF;
  RETURN NULL;
END;
$$;

-- Orders: the pickups board of the order's store, for orders that are or were ready for pickup (the
-- board's rows); an order on its way to the store concerns no board until it is ready.
CREATE FUNCTION "gastvrij_board_orders"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "gastvrij_announce_board"(g.loc, 'o', g.ids)
    FROM (SELECT "pickupLocationId" AS loc, array_agg(DISTINCT id) AS ids FROM new_rows
          WHERE "pickupLocationId" IS NOT NULL AND "pickupStatus" = 'ready' GROUP BY 1) g;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "gastvrij_announce_board"(g.loc, 'o', g.ids)
    FROM (SELECT loc, array_agg(DISTINCT id) AS ids
          FROM (SELECT "pickupLocationId" AS loc, id FROM new_rows WHERE "pickupStatus" = 'ready'
                UNION ALL SELECT "pickupLocationId", id FROM old_rows WHERE "pickupStatus" = 'ready') r
          WHERE loc IS NOT NULL GROUP BY 1) g;
  ELSE
    PERFORM "gastvrij_announce_board"(g.loc, 'o', g.ids)
    FROM (SELECT "pickupLocationId" AS loc, array_agg(DISTINCT id) AS ids FROM old_rows
          WHERE "pickupLocationId" IS NOT NULL AND "pickupStatus" = 'ready' GROUP BY 1) g;
  END IF;
  RETURN NULL;
END;
$$;

-- Complaints and facts change a customer's badges on every board the customer can be on: those of
-- the locations where the customer has activity, which is also who may see the customer at all.
CREATE FUNCTION "gastvrij_announce_customers"(customer_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "gastvrij_announce_board"(g.loc, 'c', g.ids)
  FROM (SELECT "locationId" AS loc, array_agg(DISTINCT "customerId") AS ids
        FROM "CustomerLocation" WHERE "customerId" = ANY(customer_ids) GROUP BY 1) g;
END;
$$;

CREATE FUNCTION "gastvrij_board_complaints"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "gastvrij_announce_customers"(ARRAY(
      SELECT DISTINCT "customerId" FROM new_rows WHERE kind = 'complaint'));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "gastvrij_announce_customers"(ARRAY(
      SELECT "customerId" FROM new_rows WHERE kind = 'complaint'
      UNION SELECT "customerId" FROM old_rows WHERE kind = 'complaint'));
  ELSE
    PERFORM "gastvrij_announce_customers"(ARRAY(
      SELECT DISTINCT "customerId" FROM old_rows WHERE kind = 'complaint'));
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "gastvrij_board_facts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "gastvrij_announce_customers"(ARRAY(SELECT DISTINCT "customerId" FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "gastvrij_announce_customers"(ARRAY(
      SELECT "customerId" FROM new_rows UNION SELECT "customerId" FROM old_rows));
  ELSE
    PERFORM "gastvrij_announce_customers"(ARRAY(SELECT DISTINCT "customerId" FROM old_rows));
  END IF;
  RETURN NULL;
END;
$$;

-- Transition tables allow one event per trigger, hence three triggers per table.
CREATE TRIGGER "Booking_board_insert" AFTER INSERT ON "Booking"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "gastvrij_board_bookings"();
CREATE TRIGGER "Booking_board_update" AFTER UPDATE ON "Booking"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "gastvrij_board_bookings"();
CREATE TRIGGER "Booking_board_delete" AFTER DELETE ON "Booking"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "gastvrij_board_bookings"();

CREATE TRIGGER "Order_board_insert" AFTER INSERT ON "Order"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "gastvrij_board_orders"();
CREATE TRIGGER "Order_board_update" AFTER UPDATE ON "Order"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "gastvrij_board_orders"();
CREATE TRIGGER "Order_board_delete" AFTER DELETE ON "Order"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "gastvrij_board_orders"();

CREATE TRIGGER "ServiceCase_board_insert" AFTER INSERT ON "ServiceCase"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "gastvrij_board_complaints"();
CREATE TRIGGER "ServiceCase_board_update" AFTER UPDATE ON "ServiceCase"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "gastvrij_board_complaints"();
CREATE TRIGGER "ServiceCase_board_delete" AFTER DELETE ON "ServiceCase"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "gastvrij_board_complaints"();

CREATE TRIGGER "CustomerFact_board_insert" AFTER INSERT ON "CustomerFact"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "gastvrij_board_facts"();
CREATE TRIGGER "CustomerFact_board_update" AFTER UPDATE ON "CustomerFact"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "gastvrij_board_facts"();
CREATE TRIGGER "CustomerFact_board_delete" AFTER DELETE ON "CustomerFact"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "gastvrij_board_facts"();

-- Staff: a session that ends, or a user who is disabled, reset, changes role or loses a location.
-- Row-level and narrow (the once-a-minute lastSeenAt touch fires nothing).
CREATE FUNCTION "gastvrij_staff_session_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gastvrij_staff', json_build_object('s', OLD.id)::text);
  RETURN NULL;
END;
$$;

CREATE FUNCTION "gastvrij_staff_user_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gastvrij_staff', json_build_object('u', OLD.id)::text);
  RETURN NULL;
END;
$$;

CREATE FUNCTION "gastvrij_staff_location_removed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gastvrij_staff', json_build_object('u', OLD."staffUserId")::text);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "StaffSession_live_update" AFTER UPDATE ON "StaffSession"
  FOR EACH ROW WHEN (NEW."endedAt" IS DISTINCT FROM OLD."endedAt"
                     OR NEW."sessionVersion" IS DISTINCT FROM OLD."sessionVersion"
                     OR NEW."expiresAt" < OLD."expiresAt")
  EXECUTE FUNCTION "gastvrij_staff_session_changed"();
CREATE TRIGGER "StaffSession_live_delete" AFTER DELETE ON "StaffSession"
  FOR EACH ROW EXECUTE FUNCTION "gastvrij_staff_session_changed"();

CREATE TRIGGER "StaffUser_live_update" AFTER UPDATE ON "StaffUser"
  FOR EACH ROW WHEN (NEW."isDisabled" IS DISTINCT FROM OLD."isDisabled"
                     OR NEW."sessionVersion" IS DISTINCT FROM OLD."sessionVersion"
                     OR NEW.role IS DISTINCT FROM OLD.role)
  EXECUTE FUNCTION "gastvrij_staff_user_changed"();
CREATE TRIGGER "StaffUser_live_delete" AFTER DELETE ON "StaffUser"
  FOR EACH ROW EXECUTE FUNCTION "gastvrij_staff_user_changed"();
CREATE TRIGGER "StaffLocation_live_delete" AFTER DELETE ON "StaffLocation"
  FOR EACH ROW EXECUTE FUNCTION "gastvrij_staff_location_removed"();
