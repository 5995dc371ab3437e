-- Journal pages are keyed on (written_at, id): two notes written in the same instant can no
-- longer fall between two pages. Ascending columns so the row comparison is an index condition;
-- the newest-first page is a backward scan.
DROP INDEX IF EXISTS journal_notes_citizen;
CREATE INDEX journal_notes_citizen ON journal_notes (municipality_id, citizen_id, written_at, id);
