-- CreateEnum
CREATE TYPE "IdempotencyStatus" AS ENUM ('in_flight', 'completed');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('open', 'merged', 'dismissed');

-- AlterTable
ALTER TABLE "Identity" ADD COLUMN     "isShared" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "scopes" TEXT[],
    "keyHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "requestsPerSecond" INTEGER NOT NULL DEFAULT 20,
    "rateTokens" DOUBLE PRECISION NOT NULL DEFAULT 40,
    "rateCheckedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "apiKeyId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" "IdempotencyStatus" NOT NULL DEFAULT 'in_flight',
    "lockedUntil" TIMESTAMP(3) NOT NULL,
    "responseStatus" INTEGER,
    "responseBody" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("apiKeyId","key")
);

-- CreateTable
CREATE TABLE "MergeRecord" (
    "id" UUID NOT NULL,
    "survivorId" UUID NOT NULL,
    "mergedId" UUID NOT NULL,
    "snapshot" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "identityType" "IdentityType",
    "mergedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),
    "undoneById" UUID,

    CONSTRAINT "MergeRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuplicateSuggestion" (
    "id" UUID NOT NULL,
    "customerAId" UUID NOT NULL,
    "customerBId" UUID NOT NULL,
    "identityType" "IdentityType" NOT NULL,
    "normalizedValue" TEXT NOT NULL,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" UUID,

    CONSTRAINT "DuplicateSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "IdempotencyRecord_expiresAt_idx" ON "IdempotencyRecord"("expiresAt");

-- CreateIndex
CREATE INDEX "MergeRecord_createdAt_idx" ON "MergeRecord"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "MergeRecord_survivorId_idx" ON "MergeRecord"("survivorId");

-- CreateIndex
CREATE INDEX "MergeRecord_mergedId_idx" ON "MergeRecord"("mergedId");

-- CreateIndex
CREATE INDEX "DuplicateSuggestion_customerBId_idx" ON "DuplicateSuggestion"("customerBId");

-- CreateIndex
CREATE INDEX "DuplicateSuggestion_status_createdAt_idx" ON "DuplicateSuggestion"("status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "DuplicateSuggestion_identityType_normalizedValue_idx" ON "DuplicateSuggestion"("identityType", "normalizedValue");

-- CreateIndex
CREATE UNIQUE INDEX "DuplicateSuggestion_customerAId_customerBId_key" ON "DuplicateSuggestion"("customerAId", "customerBId");

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdempotencyRecord" ADD CONSTRAINT "IdempotencyRecord_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MergeRecord" ADD CONSTRAINT "MergeRecord_mergedById_fkey" FOREIGN KEY ("mergedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MergeRecord" ADD CONSTRAINT "MergeRecord_undoneById_fkey" FOREIGN KEY ("undoneById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuplicateSuggestion" ADD CONSTRAINT "DuplicateSuggestion_customerAId_fkey" FOREIGN KEY ("customerAId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuplicateSuggestion" ADD CONSTRAINT "DuplicateSuggestion_customerBId_fkey" FOREIGN KEY ("customerBId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuplicateSuggestion" ADD CONSTRAINT "DuplicateSuggestion_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
