-- Delivery's subscriberId, incidentId and broadcastId lose their foreign keys: three checks per row written
-- were ~40 % of the server's CPU in a fan-out (bench/README.md, issue 16 item 4). The cascade they gave is
-- done by storage (deleteSubscriber) and the renderer cancels a row whose subscriber, incident or broadcast is
-- gone (README, *Delivery*). SQLite cannot drop a constraint: the table is rebuilt, rows and ids kept.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Delivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "subscriberId" INTEGER,
    "incidentId" INTEGER,
    "broadcastId" INTEGER,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "notBefore" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" DATETIME,
    "messageId" INTEGER,
    "silent" BOOLEAN NOT NULL DEFAULT false,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "payload" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    "claimedBy" TEXT
);
INSERT INTO "new_Delivery" ("attempts", "broadcastId", "chatId", "claimedAt", "claimedBy", "createdAt", "id", "incidentId", "key", "kind", "lastError", "messageId", "notBefore", "payload", "priority", "sentAt", "silent", "state", "subscriberId") SELECT "attempts", "broadcastId", "chatId", "claimedAt", "claimedBy", "createdAt", "id", "incidentId", "key", "kind", "lastError", "messageId", "notBefore", "payload", "priority", "sentAt", "silent", "state", "subscriberId" FROM "Delivery";
DROP TABLE "Delivery";
ALTER TABLE "new_Delivery" RENAME TO "Delivery";
CREATE INDEX "Delivery_state_notBefore_priority_idx" ON "Delivery"("state", "notBefore", "priority");
CREATE INDEX "Delivery_state_priority_notBefore_id_idx" ON "Delivery"("state", "priority", "notBefore", "id");
CREATE INDEX "Delivery_incidentId_idx" ON "Delivery"("incidentId");
CREATE INDEX "Delivery_broadcastId_state_idx" ON "Delivery"("broadcastId", "state");
CREATE INDEX "Delivery_chatId_state_sentAt_idx" ON "Delivery"("chatId", "state", "sentAt");
CREATE UNIQUE INDEX "Delivery_key_chatId_key" ON "Delivery"("key", "chatId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

