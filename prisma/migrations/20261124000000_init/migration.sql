-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'feed',
    "language" TEXT NOT NULL DEFAULT 'ar',
    "fullText" BOOLEAN NOT NULL DEFAULT false,
    "intervalSec" INTEGER NOT NULL DEFAULT 120,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "pausedReason" TEXT,
    "etag" TEXT,
    "lastModified" TEXT,
    "firstPolledAt" DATETIME,
    "lastPollAt" DATETIME,
    "lastSuccessAt" DATETIME,
    "lastError" TEXT,
    "lastErrorAt" DATETIME,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "nextPollAt" DATETIME,
    "itemsSeen" INTEGER NOT NULL DEFAULT 0,
    "removedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "FeedItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "guid" TEXT,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "publishedAt" DATETIME,
    "seenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" DATETIME,
    CONSTRAINT "FeedItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Report" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "feedItemId" INTEGER NOT NULL,
    "storyIndex" INTEGER NOT NULL,
    "incidentId" INTEGER NOT NULL,
    "facts" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Report_feedItemId_fkey" FOREIGN KEY ("feedItemId") REFERENCES "FeedItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Report_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "type" TEXT NOT NULL,
    "province" TEXT,
    "provinces" TEXT NOT NULL,
    "place" TEXT,
    "placeId" TEXT,
    "district" TEXT,
    "lat" REAL,
    "lon" REAL,
    "killed" INTEGER,
    "injured" INTEGER,
    "perpetrator" TEXT,
    "target" TEXT,
    "headline" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "occurredAt" DATETIME NOT NULL,
    "firstSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "enqueuedVersion" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Subscriber" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chatId" BIGINT NOT NULL,
    "chatType" TEXT NOT NULL DEFAULT 'private',
    "title" TEXT,
    "language" TEXT NOT NULL DEFAULT 'ar',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "pausedUntil" DATETIME,
    "allProvinces" BOOLEAN NOT NULL DEFAULT true,
    "allTypes" BOOLEAN NOT NULL DEFAULT true,
    "keywordsAny" TEXT NOT NULL DEFAULT '[]',
    "keywordsNone" TEXT NOT NULL DEFAULT '[]',
    "quietStart" INTEGER,
    "quietEnd" INTEGER,
    "minSeverity" TEXT NOT NULL DEFAULT 'all',
    "threadId" INTEGER,
    "showMap" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SubscriberProvince" (
    "subscriberId" INTEGER NOT NULL,
    "province" TEXT NOT NULL,

    PRIMARY KEY ("subscriberId", "province"),
    CONSTRAINT "SubscriberProvince_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubscriberType" (
    "subscriberId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,

    PRIMARY KEY ("subscriberId", "type"),
    CONSTRAINT "SubscriberType_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubscriberDistrict" (
    "subscriberId" INTEGER NOT NULL,
    "district" TEXT NOT NULL,

    PRIMARY KEY ("subscriberId", "district"),
    CONSTRAINT "SubscriberDistrict_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Delivery" (
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
    CONSTRAINT "Delivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Delivery_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Delivery_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "Broadcast" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Broadcast" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "adminId" BIGINT NOT NULL,
    "text" TEXT NOT NULL,
    "audience" TEXT NOT NULL DEFAULT '{}',
    "state" TEXT NOT NULL DEFAULT 'draft',
    "progressChatId" BIGINT,
    "progressMessageId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "adminId" BIGINT NOT NULL,
    "action" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "allowed" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE INDEX "FeedItem_processedAt_idx" ON "FeedItem"("processedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedItem_sourceId_key_key" ON "FeedItem"("sourceId", "key");

-- CreateIndex
CREATE INDEX "Report_incidentId_idx" ON "Report"("incidentId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_feedItemId_storyIndex_key" ON "Report"("feedItemId", "storyIndex");

-- CreateIndex
CREATE INDEX "Incident_firstSeenAt_idx" ON "Incident"("firstSeenAt");

-- CreateIndex
CREATE INDEX "Incident_province_type_idx" ON "Incident"("province", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_chatId_key" ON "Subscriber"("chatId");

-- CreateIndex
CREATE INDEX "Subscriber_active_paused_idx" ON "Subscriber"("active", "paused");

-- CreateIndex
CREATE INDEX "SubscriberProvince_province_idx" ON "SubscriberProvince"("province");

-- CreateIndex
CREATE INDEX "SubscriberType_type_idx" ON "SubscriberType"("type");

-- CreateIndex
CREATE INDEX "Delivery_state_notBefore_priority_idx" ON "Delivery"("state", "notBefore", "priority");

-- CreateIndex
CREATE INDEX "Delivery_incidentId_idx" ON "Delivery"("incidentId");

-- CreateIndex
CREATE INDEX "Delivery_broadcastId_state_idx" ON "Delivery"("broadcastId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_key_chatId_key" ON "Delivery"("key", "chatId");

