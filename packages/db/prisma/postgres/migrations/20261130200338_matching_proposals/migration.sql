-- AlterEnum
ALTER TYPE "MatchSource" ADD VALUE 'VENDOR';

-- AlterTable
ALTER TABLE "Match" ADD COLUMN     "declineReason" TEXT,
ADD COLUMN     "pitch" TEXT,
ADD COLUMN     "proposedById" INTEGER;

-- AlterTable
ALTER TABLE "Alert" ADD COLUMN     "actions" JSONB;

