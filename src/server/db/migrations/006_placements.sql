-- C2 (citizens and placements): relatives are edited, so they carry a version for optimistic
-- concurrency like every other edited row (ARCHITECTURE.md "History, not overwrite").
ALTER TABLE relatives ADD COLUMN version int NOT NULL DEFAULT 1;
