-- The planner chooses between the GIN index (rare words) and walking the newest rows (common words)
-- from its estimate of how many documents hold a word. The default sample (100) misjudged words of
-- the short, repetitive comments by a thousand times at a million tickets (2 000 estimated, 1 found:
-- every comment walked, 330 ms instead of 0.6 ms); a larger one gets them right.
ALTER TABLE "Ticket" ALTER COLUMN "searchVector" SET STATISTICS 1000;
ALTER TABLE "Comment" ALTER COLUMN "searchVector" SET STATISTICS 1000;
