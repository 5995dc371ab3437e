-- Journal kinds and topics, health notes, addenda, and the night cover narrowed (issue 12, points 4 and 6).

-- A note has a kind (daily, professional, observation, health), an optional topic (an FFB condition
-- under the activity-and-participation areas, checked by the server) and the service and unit it was
-- written under. Health notes (helbredsnotater) are health records: read only by those treating the
-- citizen now (access/citizen.ts) and kept for the health-record period (health_record_retention).
ALTER TABLE journal_notes
  ADD COLUMN kind text NOT NULL DEFAULT 'daily' CHECK (kind IN ('daily', 'professional', 'observation', 'health')),
  ADD COLUMN topic_code text REFERENCES ffb_concepts (code),
  ADD COLUMN intervention_id uuid,
  ADD COLUMN unit_id uuid,
  ADD FOREIGN KEY (municipality_id, intervention_id) REFERENCES interventions (municipality_id, id),
  ADD FOREIGN KEY (municipality_id, unit_id) REFERENCES org_units (municipality_id, id);

-- Existing notes were written under the service running on their day (the latest begun, if several).
UPDATE journal_notes n SET intervention_id = i.id, unit_id = i.unit_id
  FROM (SELECT DISTINCT ON (n2.id) n2.id AS note_id, i2.id, i2.unit_id
          FROM journal_notes n2 JOIN interventions i2
            ON i2.municipality_id = n2.municipality_id AND i2.citizen_id = n2.citizen_id
           AND i2.start_date <= (n2.written_at AT TIME ZONE 'Europe/Copenhagen')::date
           AND (i2.end_date IS NULL OR i2.end_date > (n2.written_at AT TIME ZONE 'Europe/Copenhagen')::date)
         ORDER BY n2.id, i2.start_date DESC, i2.id) i
 WHERE n.id = i.note_id;

CREATE INDEX journal_notes_kind ON journal_notes (municipality_id, citizen_id, kind, written_at);
SELECT mestring_tenant_table('journal_notes', '{SELECT,INSERT}', update_columns => '{body,version,error_reason,error_marked_by}');

-- An addendum (tilføjelse): a colleague's addition to a note they did not write. Only a note's author
-- corrects its text; everyone else who writes in the journal adds one of these. Append-only.
CREATE TABLE journal_note_addenda (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  note_id uuid NOT NULL,
  author_id uuid NOT NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, note_id) REFERENCES journal_notes (municipality_id, id),
  FOREIGN KEY (municipality_id, author_id) REFERENCES users (municipality_id, id)
);
CREATE INDEX journal_note_addenda_note ON journal_note_addenda (municipality_id, note_id, created_at);
SELECT mestring_tenant_table('journal_note_addenda', '{SELECT,INSERT}');

-- How long health records are kept, with the rule that says so (reference data, one row a kind).
CREATE TABLE health_record_retention (
  kind text PRIMARY KEY CHECK (kind IN ('daily', 'professional', 'observation', 'health')),
  years int NOT NULL CHECK (years > 0),
  source text NOT NULL
);
INSERT INTO health_record_retention (kind, years, source) VALUES
  ('health', 10, 'Sundhedsloven og journalføringsbekendtgørelsen: optegnelser i patientjournalen opbevares i mindst 10 år efter sidste optegnelse. Personale på botilbud, der giver lægeordineret medicin, er lægens medhjælp og stedet et registreringspligtigt behandlingssted (Styrelsen for Patientsikkerhed; shared/data/medicin.json, stps-reg).');
GRANT SELECT ON health_record_retention TO mestring_app;

-- The night cover, per municipality: how long a cover may last (at most 16 hours: the longest shifts
-- the seeds describe) and how far back its journal reaches (24–72 hours). No row: 12 and 72.
CREATE TABLE cover_settings (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  max_hours int NOT NULL DEFAULT 12 CHECK (max_hours BETWEEN 1 AND 16),
  journal_hours int NOT NULL DEFAULT 72 CHECK (journal_hours BETWEEN 24 AND 72),
  PRIMARY KEY (municipality_id)
);
SELECT mestring_tenant_table('cover_settings', '{SELECT}');

-- The database's own limit on a cover follows: 16 hours at most (the municipality's setting is checked by the server).
DO $$
DECLARE k record;
BEGIN
  FOR k IN SELECT conname FROM pg_constraint WHERE conrelid = 'unit_covers'::regclass AND contype = 'c'
             AND pg_get_constraintdef(oid) LIKE '%12:00:00%' LOOP
    EXECUTE format('ALTER TABLE unit_covers DROP CONSTRAINT %I', k.conname);
  END LOOP;
END $$;
ALTER TABLE unit_covers ADD CONSTRAINT unit_covers_max_16_hours CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '16 hours');
