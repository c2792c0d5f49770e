-- CreateEnum
CREATE TYPE "PrivacyRequestType" AS ENUM ('access', 'erasure');

-- CreateEnum
CREATE TYPE "PrivacyRequestStatus" AS ENUM ('open', 'completed', 'rejected');

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "erasedAt" TIMESTAMP(3),
ADD COLUMN     "pseudonym" TEXT;

-- CreateTable
CREATE TABLE "PrivacyRequest" (
    "id" UUID NOT NULL,
    "type" "PrivacyRequestType" NOT NULL,
    "status" "PrivacyRequestStatus" NOT NULL DEFAULT 'open',
    "customerId" UUID,
    "identifierType" "IdentityType",
    "requestedVia" TEXT NOT NULL,
    "apiKeyId" UUID,
    "requestedById" UUID,
    "reason" TEXT,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),
    "erasureId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrivacyRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Erasure" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "pseudonym" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "erasedById" UUID,
    "erasedByEmail" TEXT,
    "counts" JSONB NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Erasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Suppression" (
    "id" UUID NOT NULL,
    "type" "IdentityType" NOT NULL,
    "hash" TEXT NOT NULL,
    "erasureId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "liftedAt" TIMESTAMP(3),
    "liftedById" UUID,
    "liftReason" TEXT,

    CONSTRAINT "Suppression_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionPolicy" (
    "id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "eventDays" INTEGER NOT NULL,
    "inactiveCustomerDays" INTEGER NOT NULL,
    "auditDays" INTEGER NOT NULL,
    "idempotencyDays" INTEGER NOT NULL,
    "note" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetentionPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" UUID NOT NULL,
    "policyVersion" INTEGER,
    "isDryRun" BOOLEAN NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "counts" JSONB,

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PrivacyRequest_status_dueAt_idx" ON "PrivacyRequest"("status", "dueAt");

-- CreateIndex
CREATE INDEX "PrivacyRequest_apiKeyId_createdAt_idx" ON "PrivacyRequest"("apiKeyId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Erasure_pseudonym_key" ON "Erasure"("pseudonym");

-- CreateIndex
CREATE INDEX "Erasure_createdAt_idx" ON "Erasure"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "Erasure_customerId_idx" ON "Erasure"("customerId");

-- CreateIndex
CREATE INDEX "Suppression_erasureId_idx" ON "Suppression"("erasureId");

-- CreateIndex
CREATE UNIQUE INDEX "Suppression_type_hash_key" ON "Suppression"("type", "hash");

-- CreateIndex
CREATE UNIQUE INDEX "RetentionPolicy_version_key" ON "RetentionPolicy"("version");

-- AddForeignKey
ALTER TABLE "PrivacyRequest" ADD CONSTRAINT "PrivacyRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Erasure" ADD CONSTRAINT "Erasure_erasedById_fkey" FOREIGN KEY ("erasedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suppression" ADD CONSTRAINT "Suppression_liftedById_fkey" FOREIGN KEY ("liftedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionPolicy" ADD CONSTRAINT "RetentionPolicy_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit log stays append-only, with exactly two narrow exits, each opened only for the length of
-- one call of a dedicated function below (docs/privacy.md, "The audit log and erasure"):
-- 1. redaction on erasure: an UPDATE may only drop the free text (reason, details) of an entry and
--    must leave the marker {"redactedAs": <pseudonym>} in details; who, when, what and which
--    customer id stay untouched;
-- 2. retention: a DELETE may only remove entries older than the cutoff the purge function was given.
-- UPDATE, DELETE and TRUNCATE from anywhere else are refused as before.
CREATE OR REPLACE FUNCTION "audit_entry_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND current_setting('gastvrij.audit_redaction', true) = 'on'
     AND NEW.id = OLD.id
     AND NEW."occurredAt" = OLD."occurredAt"
     AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId"
     AND NEW."actorEmail" IS NOT DISTINCT FROM OLD."actorEmail"
     AND NEW.action = OLD.action
     AND NEW."customerId" IS NOT DISTINCT FROM OLD."customerId"
     AND NEW.ip IS NOT DISTINCT FROM OLD.ip
     AND NEW."userAgent" IS NOT DISTINCT FROM OLD."userAgent"
     AND (NEW.reason IS NULL OR NEW.reason = OLD.reason)
     AND jsonb_typeof(NEW.details) = 'object'
     AND NEW.details ? 'redactedAs'
     -- Nothing but the marker: the redaction can't be used to write other content into an entry.
     AND (NEW.details - 'redactedAs' - 'redactedAt') = '{}'::jsonb THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE'
     AND coalesce(current_setting('gastvrij.audit_purge_before', true), '') <> ''
     AND OLD."occurredAt" < current_setting('gastvrij.audit_purge_before', true)::timestamp THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditEntry is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Replaces the free text of every entry about an erased customer, or mentioning one of its
-- identifiers (search terms), with the pseudonym. p_likes are lower-case LIKE patterns ('%term%') that
-- cheaply pick candidates (lower() LIKE is several times faster than ILIKE); p_patterns are the exact case-insensitive regular expressions (names as whole words).
CREATE FUNCTION "redact_audit_entries"(p_customer uuid, p_likes text[], p_patterns text[], p_pseudonym text)
RETURNS integer LANGUAGE plpgsql SET search_path = public AS $$
DECLARE
  redacted integer;
BEGIN
  PERFORM set_config('gastvrij.audit_redaction', 'on', true);
  UPDATE "AuditEntry"
     SET reason = CASE WHEN lower(reason) LIKE ANY (p_likes) AND reason ~* ANY (p_patterns) THEN NULL ELSE reason END,
         details = jsonb_build_object('redactedAs', p_pseudonym, 'redactedAt', now())
   WHERE ("customerId" = p_customer AND (details IS NOT NULL OR (lower(reason) LIKE ANY (p_likes) AND reason ~* ANY (p_patterns))))
      OR (lower(details::text) LIKE ANY (p_likes) AND details::text ~* ANY (p_patterns))
      OR (lower(reason) LIKE ANY (p_likes) AND reason ~* ANY (p_patterns));
  GET DIAGNOSTICS redacted = ROW_COUNT;
  PERFORM set_config('gastvrij.audit_redaction', 'off', true);
  RETURN redacted;
END;
$$;

-- Deletes at most p_limit entries older than p_before (the retention job calls it in batches).
CREATE FUNCTION "purge_audit_entries"(p_before timestamp, p_limit integer)
RETURNS integer LANGUAGE plpgsql SET search_path = public AS $$
DECLARE
  purged integer;
BEGIN
  PERFORM set_config('gastvrij.audit_purge_before', p_before::text, true);
  DELETE FROM "AuditEntry" WHERE id IN (
    SELECT id FROM "AuditEntry" WHERE "occurredAt" < p_before ORDER BY "occurredAt" LIMIT p_limit);
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('gastvrij.audit_purge_before', '', true);
  RETURN purged;
END;
$$;

-- Only the role that owns the tables (the app, which runs the migrations) may call the two exits; a
-- reporting or read-only role can't redact or purge the audit log.
REVOKE EXECUTE ON FUNCTION "redact_audit_entries"(uuid, text[], text[], text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION "purge_audit_entries"(timestamp, integer) FROM PUBLIC;

-- Retention finds inactive customers and old events without a scan.
CREATE INDEX "Customer_lastSeenAt_idx" ON "Customer"("lastSeenAt");
CREATE INDEX "JourneyEvent_occurredAt_idx" ON "JourneyEvent"("occurredAt");
