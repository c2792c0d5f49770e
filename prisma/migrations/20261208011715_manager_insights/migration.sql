-- CreateTable
CREATE TABLE "CommissionRateVersion" (
    "id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "rates" JSONB NOT NULL,
    "validFrom" DATE NOT NULL,
    "note" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommissionRateVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InsightVisitDaily" (
    "day" DATE NOT NULL,
    "locationId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "visitChannel" TEXT NOT NULL,
    "firstTouch" TEXT NOT NULL,
    "visits" INTEGER NOT NULL,

    CONSTRAINT "InsightVisitDaily_pkey" PRIMARY KEY ("day","locationId","kind","visitChannel","firstTouch")
);

-- CreateTable
CREATE TABLE "InsightVisitMonthly" (
    "month" DATE NOT NULL,
    "locationId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "visitChannel" TEXT NOT NULL,
    "firstTouch" TEXT NOT NULL,
    "visits" INTEGER NOT NULL,

    CONSTRAINT "InsightVisitMonthly_pkey" PRIMARY KEY ("month","locationId","kind","visitChannel","firstTouch")
);

-- CreateTable
CREATE TABLE "InsightRebookDaily" (
    "day" DATE NOT NULL,
    "locationId" UUID NOT NULL,
    "firstChannel" TEXT NOT NULL,
    "returnChannel" TEXT NOT NULL,
    "returns" INTEGER NOT NULL,
    "valuedReturns" INTEGER NOT NULL,
    "returnValue" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "InsightRebookDaily_pkey" PRIMARY KEY ("day","locationId","firstChannel","returnChannel")
);

-- CreateTable
CREATE TABLE "InsightPathDaily" (
    "kind" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "locationId" UUID NOT NULL,
    "path" TEXT NOT NULL,
    "customers" INTEGER NOT NULL,

    CONSTRAINT "InsightPathDaily_pkey" PRIMARY KEY ("day","locationId","kind","path")
);

-- CreateTable
CREATE TABLE "InsightPathMonthly" (
    "kind" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "locationId" UUID NOT NULL,
    "path" TEXT NOT NULL,
    "customers" INTEGER NOT NULL,

    CONSTRAINT "InsightPathMonthly_pkey" PRIMARY KEY ("month","locationId","kind","path")
);

-- CreateTable
CREATE TABLE "InsightPathCustomer" (
    "kind" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "customerId" UUID NOT NULL,
    "locationId" UUID NOT NULL,

    CONSTRAINT "InsightPathCustomer_pkey" PRIMARY KEY ("kind","path","day","customerId","locationId")
);

-- CreateTable
CREATE TABLE "InsightComplaintCohort" (
    "openedDay" DATE NOT NULL,
    "closedDay" DATE NOT NULL,
    "locationId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "resolveHours" INTEGER NOT NULL,
    "cases" INTEGER NOT NULL,

    CONSTRAINT "InsightComplaintCohort_pkey" PRIMARY KEY ("openedDay","closedDay","locationId","reason","resolveHours")
);

-- CreateTable
CREATE TABLE "InsightSurveyDaily" (
    "day" DATE NOT NULL,
    "locationId" UUID NOT NULL,
    "gap" TEXT NOT NULL,
    "priorSurveys" INTEGER NOT NULL,
    "afterTrivial" BOOLEAN NOT NULL,
    "sent" INTEGER NOT NULL,
    "responded" INTEGER NOT NULL,

    CONSTRAINT "InsightSurveyDaily_pkey" PRIMARY KEY ("day","locationId","gap","priorSurveys","afterTrivial")
);

-- CreateTable
CREATE TABLE "InsightSurveyMonthly" (
    "month" DATE NOT NULL,
    "locationId" UUID NOT NULL,
    "gap" TEXT NOT NULL,
    "priorSurveys" INTEGER NOT NULL,
    "afterTrivial" BOOLEAN NOT NULL,
    "sent" INTEGER NOT NULL,
    "responded" INTEGER NOT NULL,

    CONSTRAINT "InsightSurveyMonthly_pkey" PRIMARY KEY ("month","locationId","gap","priorSurveys","afterTrivial")
);

-- CreateTable
CREATE TABLE "InsightDeskDaily" (
    "day" DATE NOT NULL,
    "locationId" UUID NOT NULL,
    "staffUserId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "actions" INTEGER NOT NULL,
    "cardOpened" INTEGER NOT NULL,
    "factReuseVisits" INTEGER NOT NULL,
    "factsReused" INTEGER NOT NULL,
    "notes" INTEGER NOT NULL,
    "facts" INTEGER NOT NULL,

    CONSTRAINT "InsightDeskDaily_pkey" PRIMARY KEY ("day","locationId","staffUserId","kind")
);

-- CreateTable
CREATE TABLE "InsightRefresh" (
    "id" UUID NOT NULL,
    "mode" TEXT NOT NULL,
    "fromDay" DATE NOT NULL,
    "toDay" DATE NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "counts" JSONB,

    CONSTRAINT "InsightRefresh_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CommissionRateVersion_version_key" ON "CommissionRateVersion"("version");

-- CreateIndex
CREATE INDEX "InsightPathCustomer_kind_day_idx" ON "InsightPathCustomer"("kind", "day");

-- CreateIndex
CREATE INDEX "InsightComplaintCohort_closedDay_idx" ON "InsightComplaintCohort"("closedDay");

-- CreateIndex
CREATE INDEX "InsightRefresh_finishedAt_idx" ON "InsightRefresh"("finishedAt" DESC);

-- AddForeignKey
ALTER TABLE "CommissionRateVersion" ADD CONSTRAINT "CommissionRateVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
