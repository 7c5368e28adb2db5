-- CreateIndex
CREATE INDEX "Poc_needId_idx" ON "Poc"("needId");

