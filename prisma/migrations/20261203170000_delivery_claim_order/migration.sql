-- The claim's order ends with "id": the first due rows are read from the index in order, without sorting
-- every pending row (a fan-out writes all its rows with one priority and one notBefore).
DROP INDEX "Delivery_state_priority_notBefore_idx";
CREATE INDEX "Delivery_state_priority_notBefore_id_idx" ON "Delivery"("state", "priority", "notBefore", "id");
