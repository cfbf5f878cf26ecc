-- AlterTable
ALTER TABLE "Incident" ADD COLUMN "summaryAi" TEXT;
ALTER TABLE "Incident" ADD COLUMN "summaryAiVersion" INTEGER;
