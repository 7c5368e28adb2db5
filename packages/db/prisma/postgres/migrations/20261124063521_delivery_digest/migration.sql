-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "digest" BOOLEAN NOT NULL DEFAULT false;

