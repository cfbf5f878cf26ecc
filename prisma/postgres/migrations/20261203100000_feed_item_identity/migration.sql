-- AlterTable
ALTER TABLE "FeedItem" ADD COLUMN     "contentHash" TEXT,
ADD COLUMN     "fullTextOwed" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "FeedItem_sourceId_contentHash_idx" ON "FeedItem"("sourceId", "contentHash");

-- CreateIndex
CREATE INDEX "FeedItem_sourceId_url_idx" ON "FeedItem"("sourceId", "url");

-- CreateIndex
CREATE INDEX "FeedItem_sourceId_fullTextOwed_idx" ON "FeedItem"("sourceId", "fullTextOwed");

