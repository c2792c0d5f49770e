-- Every event for a known customer updates its row (lastSeenAt, updatedAt, sometimes the first touch).
-- Those columns are not indexed, so PostgreSQL can update in place on the same page (a HOT update)
-- and skip all five indexes, the trigram one included, but only when the page has room. Seeded and
-- imported customers were packed into full pages, so each such update also wrote every index. A tenth
-- of each page is now kept free. This applies to pages written from now on (the seed and imports
-- included); `VACUUM FULL "Customer"` rewrites existing rows this way (it locks the table meanwhile).
ALTER TABLE "Customer" SET (fillfactor = 90);
