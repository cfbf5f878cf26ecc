-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
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
    "firstPolledAt" TIMESTAMP(3),
    "lastPollAt" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMP(3),
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "nextPollAt" TIMESTAMP(3),
    "itemsSeen" INTEGER NOT NULL DEFAULT 0,
    "removedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedItem" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "guid" TEXT,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "FeedItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "feedItemId" INTEGER NOT NULL,
    "storyIndex" INTEGER NOT NULL,
    "incidentId" INTEGER NOT NULL,
    "facts" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" SERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "province" TEXT,
    "provinces" TEXT NOT NULL,
    "place" TEXT,
    "placeId" TEXT,
    "district" TEXT,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "killed" INTEGER,
    "injured" INTEGER,
    "perpetrator" TEXT,
    "target" TEXT,
    "headline" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "enqueuedVersion" INTEGER NOT NULL DEFAULT 0,
    "summaryAi" TEXT,
    "summaryAiVersion" INTEGER,
    "lastReportAt" TIMESTAMP(3),
    "announcedKilled" INTEGER,
    "announcedInjured" INTEGER,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscriber" (
    "id" SERIAL NOT NULL,
    "chatId" BIGINT NOT NULL,
    "chatType" TEXT NOT NULL DEFAULT 'private',
    "title" TEXT,
    "language" TEXT NOT NULL DEFAULT 'ar',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "pausedUntil" TIMESTAMP(3),
    "allProvinces" BOOLEAN NOT NULL DEFAULT true,
    "allTypes" BOOLEAN NOT NULL DEFAULT true,
    "keywordsAny" TEXT NOT NULL DEFAULT '[]',
    "keywordsNone" TEXT NOT NULL DEFAULT '[]',
    "quietStart" INTEGER,
    "quietEnd" INTEGER,
    "minSeverity" TEXT NOT NULL DEFAULT 'all',
    "threadId" INTEGER,
    "showMap" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubscriberProvince" (
    "subscriberId" INTEGER NOT NULL,
    "province" TEXT NOT NULL,

    CONSTRAINT "SubscriberProvince_pkey" PRIMARY KEY ("subscriberId","province")
);

-- CreateTable
CREATE TABLE "SubscriberType" (
    "subscriberId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,

    CONSTRAINT "SubscriberType_pkey" PRIMARY KEY ("subscriberId","type")
);

-- CreateTable
CREATE TABLE "SubscriberDistrict" (
    "subscriberId" INTEGER NOT NULL,
    "district" TEXT NOT NULL,

    CONSTRAINT "SubscriberDistrict_pkey" PRIMARY KEY ("subscriberId","district")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "subscriberId" INTEGER,
    "incidentId" INTEGER,
    "broadcastId" INTEGER,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "notBefore" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),
    "messageId" INTEGER,
    "silent" BOOLEAN NOT NULL DEFAULT false,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "payload" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Broadcast" (
    "id" SERIAL NOT NULL,
    "adminId" BIGINT NOT NULL,
    "text" TEXT NOT NULL,
    "audience" TEXT NOT NULL DEFAULT '{}',
    "state" TEXT NOT NULL DEFAULT 'draft',
    "progressChatId" BIGINT,
    "progressMessageId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locale" TEXT NOT NULL DEFAULT 'ar',

    CONSTRAINT "Broadcast_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "adminId" BIGINT NOT NULL,
    "action" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "allowed" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lease_pkey" PRIMARY KEY ("name")
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
CREATE INDEX "Incident_lastReportAt_idx" ON "Incident"("lastReportAt");

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
CREATE INDEX "Delivery_state_priority_notBefore_idx" ON "Delivery"("state", "priority", "notBefore");

-- CreateIndex
CREATE INDEX "Delivery_incidentId_idx" ON "Delivery"("incidentId");

-- CreateIndex
CREATE INDEX "Delivery_broadcastId_state_idx" ON "Delivery"("broadcastId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_key_chatId_key" ON "Delivery"("key", "chatId");

-- AddForeignKey
ALTER TABLE "FeedItem" ADD CONSTRAINT "FeedItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_feedItemId_fkey" FOREIGN KEY ("feedItemId") REFERENCES "FeedItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriberProvince" ADD CONSTRAINT "SubscriberProvince_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriberType" ADD CONSTRAINT "SubscriberType_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriberDistrict" ADD CONSTRAINT "SubscriberDistrict_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "Broadcast"("id") ON DELETE CASCADE ON UPDATE CASCADE;

