-- AlterTable
ALTER TABLE "Incident" ADD COLUMN "lastReportAt" DATETIME;
ALTER TABLE "Incident" ADD COLUMN "announcedKilled" INTEGER;
ALTER TABLE "Incident" ADD COLUMN "announcedInjured" INTEGER;

-- CreateIndex
CREATE INDEX "Incident_lastReportAt_idx" ON "Incident"("lastReportAt");
