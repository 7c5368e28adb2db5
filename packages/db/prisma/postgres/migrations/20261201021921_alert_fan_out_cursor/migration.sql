-- AlterTable
ALTER TABLE "Alert" ADD COLUMN     "fanOutCursor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "fanOutDoneAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Alert_fanOutDoneAt_idx" ON "Alert"("fanOutDoneAt");


-- Alerts fanned out before this change did so in the transaction that processed their event.
UPDATE "Alert" SET "fanOutDoneAt" = "createdAt"
WHERE "eventId" IS NULL OR "eventId" IN (SELECT "id" FROM "DomainEvent" WHERE "processedAt" IS NOT NULL);
