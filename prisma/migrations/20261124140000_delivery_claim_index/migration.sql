-- CreateIndex
CREATE INDEX "Delivery_state_priority_notBefore_idx" ON "Delivery"("state", "priority", "notBefore");
