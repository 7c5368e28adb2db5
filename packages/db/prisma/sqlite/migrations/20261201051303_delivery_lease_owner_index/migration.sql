-- CreateIndex
CREATE INDEX "Delivery_leaseOwner_idx" ON "Delivery"("leaseOwner");

