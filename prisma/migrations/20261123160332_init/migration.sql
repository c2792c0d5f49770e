-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "LocationType" AS ENUM ('hotel', 'store');

-- CreateEnum
CREATE TYPE "IdentityType" AS ENUM ('email', 'phone', 'loyalty_id', 'external_user_id', 'web_id', 'booking_ref');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('inbound', 'outbound');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('web', 'app', 'email', 'sms', 'phone', 'chat', 'social', 'in_person', 'store', 'booking_com', 'expedia', 'direct', 'travel_agent', 'walk_in');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('page_view', 'campaign_click', 'newsletter_sent', 'promotion_sent', 'survey_sent', 'survey_response', 'booking_created', 'booking_modified', 'booking_cancelled', 'check_in', 'check_out', 'order_placed', 'order_ready', 'order_delayed', 'order_cancelled', 'order_picked_up', 'order_delivered', 'service_contact', 'complaint', 'service_reply', 'case_resolved', 'consent_changed', 'address_change', 'password_reset', 'info_question', 'invoice_copy', 'payment', 'social_mention', 'staff_note', 'staff_outcome', 'fact_learned', 'generic');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('confirmed', 'checked_in', 'checked_out', 'cancelled', 'no_show');

-- CreateEnum
CREATE TYPE "Fulfilment" AS ENUM ('delivery', 'click_and_collect');

-- CreateEnum
CREATE TYPE "PickupStatus" AS ENUM ('not_applicable', 'preparing', 'ready', 'picked_up', 'cancelled');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('placed', 'fulfilled', 'cancelled');

-- CreateEnum
CREATE TYPE "CaseKind" AS ENUM ('complaint', 'question', 'request');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('open', 'pending', 'resolved', 'closed');

-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('newsletter', 'promotions', 'surveys', 'personalisation');

-- CreateEnum
CREATE TYPE "ConsentStatus" AS ENUM ('granted', 'denied');

-- CreateEnum
CREATE TYPE "FactKind" AS ENUM ('preference', 'dietary', 'heard_via', 'feedback_given', 'contact_preference', 'accessibility', 'other');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('intern', 'receptionist', 'store_staff', 'manager', 'admin');

-- CreateTable
CREATE TABLE "Location" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "LocationType" NOT NULL,
    "city" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer" (
    "id" UUID NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "preferredName" TEXT,
    "salutation" TEXT,
    "language" TEXT NOT NULL DEFAULT 'nl',
    "birthDate" DATE,
    "street" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "country" TEXT DEFAULT 'NL',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "searchName" TEXT NOT NULL DEFAULT '',
    "firstTouchChannel" "Channel",
    "firstTouchSource" TEXT,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Identity" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "type" "IdentityType" NOT NULL,
    "rawValue" TEXT NOT NULL,
    "normalizedValue" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Identity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerLocation" (
    "customerId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerLocation_pkey" PRIMARY KEY ("customerId","locationId")
);

-- CreateTable
CREATE TABLE "JourneyEvent" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "type" "EventType" NOT NULL,
    "name" TEXT,
    "channel" "Channel" NOT NULL,
    "direction" "Direction" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "locationId" UUID,
    "source" TEXT NOT NULL,
    "sourceEventId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "reason" TEXT,
    "utmSource" TEXT,
    "utmMedium" TEXT,
    "utmCampaign" TEXT,
    "payload" JSONB,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JourneyEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "arrivalDate" DATE NOT NULL,
    "departureDate" DATE NOT NULL,
    "channel" "Channel" NOT NULL,
    "roomType" TEXT NOT NULL,
    "roomNumber" TEXT,
    "guests" INTEGER NOT NULL DEFAULT 1,
    "status" "BookingStatus" NOT NULL DEFAULT 'confirmed',
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "orderNumber" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "fulfilment" "Fulfilment" NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'placed',
    "pickupLocationId" UUID,
    "pickupStatus" "PickupStatus" NOT NULL DEFAULT 'not_applicable',
    "readyDate" DATE,
    "pickedUpAt" TIMESTAMP(3),
    "placedAt" TIMESTAMP(3) NOT NULL,
    "totalAmount" DECIMAL(12,2) NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderLine" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "sku" TEXT NOT NULL,
    "productName" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitPrice" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceCase" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "locationId" UUID,
    "reference" TEXT NOT NULL,
    "kind" "CaseKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'open',
    "openedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "channel" "Channel" NOT NULL,
    "status" "ConsentStatus" NOT NULL,
    "source" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerFact" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "kind" "FactKind" NOT NULL,
    "label" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "locationId" UUID,
    "recordedById" UUID,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "passwordHash" TEXT,
    "isDisabled" BOOLEAN NOT NULL DEFAULT false,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffLocation" (
    "staffUserId" UUID NOT NULL,
    "locationId" UUID NOT NULL,

    CONSTRAINT "StaffLocation_pkey" PRIMARY KEY ("staffUserId","locationId")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" UUID NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "customerId" UUID,
    "ip" TEXT,
    "userAgent" TEXT,
    "reason" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Location_code_key" ON "Location"("code");

-- CreateIndex
CREATE INDEX "Customer_searchName_idx" ON "Customer" USING GIN ("searchName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Customer_lastName_firstName_idx" ON "Customer"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "Identity_customerId_idx" ON "Identity"("customerId");

-- CreateIndex
CREATE INDEX "Identity_normalizedValue_idx" ON "Identity" USING GIN ("normalizedValue" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Identity_type_normalizedValue_key" ON "Identity"("type", "normalizedValue");

-- CreateIndex
CREATE INDEX "CustomerLocation_locationId_idx" ON "CustomerLocation"("locationId");

-- CreateIndex
CREATE INDEX "JourneyEvent_customerId_occurredAt_id_idx" ON "JourneyEvent"("customerId", "occurredAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "JourneyEvent_source_sourceEventId_key" ON "JourneyEvent"("source", "sourceEventId");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_reference_key" ON "Booking"("reference");

-- CreateIndex
CREATE INDEX "Booking_locationId_arrivalDate_idx" ON "Booking"("locationId", "arrivalDate");

-- CreateIndex
CREATE INDEX "Booking_customerId_arrivalDate_idx" ON "Booking"("customerId", "arrivalDate");

-- CreateIndex
CREATE UNIQUE INDEX "Order_orderNumber_key" ON "Order"("orderNumber");

-- CreateIndex
CREATE INDEX "Order_pickupLocationId_pickupStatus_readyDate_idx" ON "Order"("pickupLocationId", "pickupStatus", "readyDate");

-- CreateIndex
CREATE INDEX "Order_customerId_placedAt_idx" ON "Order"("customerId", "placedAt");

-- CreateIndex
CREATE INDEX "OrderLine_orderId_idx" ON "OrderLine"("orderId");

-- CreateIndex
CREATE INDEX "OrderLine_category_idx" ON "OrderLine"("category");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceCase_reference_key" ON "ServiceCase"("reference");

-- CreateIndex
CREATE INDEX "ServiceCase_customerId_status_idx" ON "ServiceCase"("customerId", "status");

-- CreateIndex
CREATE INDEX "ServiceCase_status_openedAt_idx" ON "ServiceCase"("status", "openedAt");

-- CreateIndex
CREATE INDEX "Consent_customerId_purpose_channel_occurredAt_idx" ON "Consent"("customerId", "purpose", "channel", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "CustomerFact_customerId_recordedAt_idx" ON "CustomerFact"("customerId", "recordedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE INDEX "StaffLocation_locationId_idx" ON "StaffLocation"("locationId");

-- CreateIndex
CREATE INDEX "AuditEntry_occurredAt_id_idx" ON "AuditEntry"("occurredAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEntry_customerId_occurredAt_idx" ON "AuditEntry"("customerId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_occurredAt_idx" ON "AuditEntry"("actorId", "occurredAt" DESC);

-- AddForeignKey
ALTER TABLE "Identity" ADD CONSTRAINT "Identity_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerLocation" ADD CONSTRAINT "CustomerLocation_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerLocation" ADD CONSTRAINT "CustomerLocation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JourneyEvent" ADD CONSTRAINT "JourneyEvent_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JourneyEvent" ADD CONSTRAINT "JourneyEvent_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JourneyEvent" ADD CONSTRAINT "JourneyEvent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_pickupLocationId_fkey" FOREIGN KEY ("pickupLocationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCase" ADD CONSTRAINT "ServiceCase_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCase" ADD CONSTRAINT "ServiceCase_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerFact" ADD CONSTRAINT "CustomerFact_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerFact" ADD CONSTRAINT "CustomerFact_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerFact" ADD CONSTRAINT "CustomerFact_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffLocation" ADD CONSTRAINT "StaffLocation_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffLocation" ADD CONSTRAINT "StaffLocation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "StaffUser"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
