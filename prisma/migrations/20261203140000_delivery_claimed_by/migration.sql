-- Deliveries claimed by several instances (PostgreSQL): who holds a claim, and the claim's per-chat rules.
ALTER TABLE "Delivery" ADD COLUMN "claimedBy" TEXT;
CREATE INDEX "Delivery_chatId_state_sentAt_idx" ON "Delivery"("chatId", "state", "sentAt");
