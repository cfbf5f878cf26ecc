-- A combined killed-and-injured figure («مقتل وإصابة 15»), kept as stated: it is no death toll (issue 13, item 4).
ALTER TABLE "Incident" ADD COLUMN "casualties" INTEGER;
ALTER TABLE "Incident" ADD COLUMN "announcedCasualties" INTEGER;
