-- FeedItem identity beyond the guid (rotating guids, edited items) and full text owed to items past the per-poll cap.
ALTER TABLE "FeedItem" ADD COLUMN "contentHash" TEXT;
ALTER TABLE "FeedItem" ADD COLUMN "fullTextOwed" BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX "FeedItem_sourceId_contentHash_idx" ON "FeedItem"("sourceId", "contentHash");
CREATE INDEX "FeedItem_sourceId_url_idx" ON "FeedItem"("sourceId", "url");
CREATE INDEX "FeedItem_sourceId_fullTextOwed_idx" ON "FeedItem"("sourceId", "fullTextOwed");
