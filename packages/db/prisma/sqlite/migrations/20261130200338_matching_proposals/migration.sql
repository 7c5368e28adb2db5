-- AlterTable
ALTER TABLE "Match" ADD COLUMN "declineReason" TEXT;
ALTER TABLE "Match" ADD COLUMN "pitch" TEXT;
ALTER TABLE "Match" ADD COLUMN "proposedById" INTEGER;

-- AlterTable
ALTER TABLE "Alert" ADD COLUMN "actions" JSONB;

