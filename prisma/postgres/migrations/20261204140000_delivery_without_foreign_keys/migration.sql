-- Delivery's subscriberId, incidentId and broadcastId lose their foreign keys: three checks per row written
-- were ~40 % of the server's CPU in a fan-out (bench/README.md, issue 16 item 4). The cascade they gave is
-- done by storage (deleteSubscriber) and the renderer cancels a row whose subscriber, incident or broadcast is
-- gone (README, *Delivery*).
ALTER TABLE "Delivery" DROP CONSTRAINT "Delivery_subscriberId_fkey";
ALTER TABLE "Delivery" DROP CONSTRAINT "Delivery_incidentId_fkey";
ALTER TABLE "Delivery" DROP CONSTRAINT "Delivery_broadcastId_fkey";
