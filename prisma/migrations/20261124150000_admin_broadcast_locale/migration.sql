-- AlterTable
ALTER TABLE "Broadcast" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'ar';
