-- Goals on FFB conditions, per service, in three levels (issue 12).
--
-- 1. A goal is coded on an FFB condition (tilstand, e.g. 'Lave mad'); its area follows from it.
--    Existing goals keep their area and have no condition yet: staff choose one on the next edit.
ALTER TABLE goals ADD COLUMN ffb_condition_code text REFERENCES ffb_concepts(code);

-- 2. A goal belongs to a service (indsats): the intervention running on the goal's start date, else
--    the citizen's latest one; a citizen without any keeps NULL.
ALTER TABLE goals ADD COLUMN intervention_id uuid;
ALTER TABLE goals ADD FOREIGN KEY (municipality_id, intervention_id) REFERENCES interventions (municipality_id, id);
UPDATE goals g SET intervention_id = (
  SELECT i.id FROM interventions i
   WHERE i.municipality_id = g.municipality_id AND i.citizen_id = g.citizen_id
   ORDER BY (i.start_date <= g.start_date AND (i.end_date IS NULL OR i.end_date > g.start_date)) DESC,
            i.start_date DESC, i.created_at DESC, i.id
   LIMIT 1);
CREATE INDEX goals_intervention ON goals (municipality_id, intervention_id);

-- 3a. The citizen's own wishes ("det er vigtigt for mig"), in their words, dated, versioned.
CREATE TABLE citizen_wishes (
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  wish_date date NOT NULL,
  version int NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  updated_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES users (municipality_id, id),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES users (municipality_id, id)
);
CREATE INDEX citizen_wishes_citizen ON citizen_wishes (municipality_id, citizen_id, wish_date);
SELECT mestring_tenant_table('citizen_wishes', '{SELECT,INSERT}', update_columns => '{text,wish_date,version,updated_by,updated_at}');

-- 3b. Sub-goals (delmål) as records: a due date, a success criterion and an evaluation. Sub-goals
--     from before have neither date nor criterion: valid, shown as needing completion.
ALTER TABLE goal_steps
  ADD COLUMN due_date date,
  ADD COLUMN success_criterion text CHECK (length(success_criterion) BETWEEN 1 AND 1000),
  ADD COLUMN evaluation text CHECK (evaluation IN ('achieved', 'partly', 'not_achieved')),
  ADD COLUMN evaluated_on date,
  ADD COLUMN evaluation_note text CHECK (length(evaluation_note) <= 2000),
  ADD CONSTRAINT goal_steps_evaluation_dated CHECK ((evaluation IS NULL) = (evaluated_on IS NULL)),
  ADD CONSTRAINT goal_steps_sub_goal_fields CHECK (kind = 'sub_goal' OR (due_date IS NULL AND success_criterion IS NULL AND evaluation IS NULL));

-- 4. FFB assessments per condition: dated functional level, professional note, the citizen's own view.
CREATE TABLE ffb_assessments (
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL,
  condition_code text NOT NULL REFERENCES ffb_concepts(code),
  assessed_on date NOT NULL,
  level_code text NOT NULL REFERENCES ffb_concepts(code),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
  citizen_view text NOT NULL DEFAULT '' CHECK (length(citizen_view) <= 5000),
  follow_up_id uuid,
  assessed_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, follow_up_id) REFERENCES follow_ups (municipality_id, id),
  FOREIGN KEY (municipality_id, assessed_by) REFERENCES users (municipality_id, id)
);
CREATE INDEX ffb_assessments_citizen ON ffb_assessments (municipality_id, citizen_id, condition_code, assessed_on DESC);
SELECT mestring_tenant_table('ffb_assessments', '{SELECT,INSERT}');

-- 5. The follow-up's outcome for the authority: FFB's 'Status på indsats' (continue / end / end and
--    refer on). Follow-ups from before have none.
ALTER TABLE follow_ups ADD COLUMN authority_status_code text REFERENCES ffb_concepts(code);
