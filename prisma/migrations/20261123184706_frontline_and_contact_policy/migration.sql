-- CreateEnum
CREATE TYPE "ContactPurpose" AS ENUM ('marketing_email', 'marketing_sms', 'marketing_push', 'survey', 'service_followup', 'proactive_social');

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "checkedInAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "JourneyEvent" ADD COLUMN     "withinPolicy" BOOLEAN;

-- CreateTable
CREATE TABLE "CategoryAssociation" (
    "antecedent" TEXT NOT NULL,
    "consequent" TEXT NOT NULL,
    "pairCount" INTEGER NOT NULL,
    "antecedentCount" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "lift" DOUBLE PRECISION NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CategoryAssociation_pkey" PRIMARY KEY ("antecedent","consequent")
);

-- CreateTable
CREATE TABLE "ContactPolicy" (
    "id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "settings" JSONB NOT NULL,
    "note" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundContact" (
    "eventId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "purpose" "ContactPurpose" NOT NULL,
    "channel" "Channel" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL,
    "subjectRef" TEXT,
    "withinPolicy" BOOLEAN,
    "violatedRules" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "policyVersion" INTEGER,

    CONSTRAINT "OutboundContact_pkey" PRIMARY KEY ("eventId")
);

-- CreateIndex
CREATE INDEX "CategoryAssociation_antecedent_lift_idx" ON "CategoryAssociation"("antecedent", "lift" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ContactPolicy_version_key" ON "ContactPolicy"("version");

-- CreateIndex
CREATE INDEX "OutboundContact_customerId_occurredAt_idx" ON "OutboundContact"("customerId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "OutboundContact_occurredAt_idx" ON "OutboundContact"("occurredAt");

-- AddForeignKey
ALTER TABLE "ContactPolicy" ADD CONSTRAINT "ContactPolicy_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundContact" ADD CONSTRAINT "OutboundContact_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "JourneyEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundContact" ADD CONSTRAINT "OutboundContact_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
