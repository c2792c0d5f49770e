-- Search looks identifiers up exactly (the unique index on type and value); nothing queried this
-- trigram index, and every identity written on ingest paid for it.
-- DropIndex
DROP INDEX "Identity_normalizedValue_idx";
