-- Support in one's own home (issue 12, point 2): a home-support service is a facility without
-- places whose units are its teams; a team delivers services (interventions with unit_id = the team
-- and no place) to citizens living at home. Its staff plan visits and record how each went.
-- A team is not a new kind of org unit: a unit delivering a running service without a place is one.

-- Its services use kinds of the ladder catalogue (002): housing_support (§ 85, also for visually
-- impaired citizens), cti and act (§ 85a); none is missing.

-- A visit: planned (day, start, planned length, note), then recorded once: done (actual start and
-- end, by whom), cancelled or not at home (with a reason). Visits are never deleted.
CREATE TABLE visits (
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL,
  -- The team (unit) that visits: one delivering a service to the citizen when planned.
  unit_id uuid NOT NULL,
  planned_date date NOT NULL,
  planned_start time NOT NULL,
  planned_minutes int NOT NULL CHECK (planned_minutes BETWEEN 1 AND 1440),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled', 'not_home')),
  actual_start time,
  actual_end time,
  outcome_note text NOT NULL DEFAULT '' CHECK (length(outcome_note) <= 2000),
  recorded_by uuid,
  recorded_at timestamptz,
  created_by uuid NOT NULL,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, unit_id) REFERENCES org_units (municipality_id, id),
  FOREIGN KEY (municipality_id, recorded_by) REFERENCES users (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES users (municipality_id, id),
  -- Done: an actual start before its end, the same day. Cancelled / not at home: a reason.
  CHECK ((status = 'done') = (actual_start IS NOT NULL AND actual_end IS NOT NULL)),
  CHECK (actual_end IS NULL OR actual_end > actual_start),
  CHECK (status NOT IN ('cancelled', 'not_home') OR length(outcome_note) >= 3),
  CHECK ((status = 'planned') = (recorded_at IS NULL))
);
-- A citizen's visits by day; a team's week and its citizens' last visits.
CREATE INDEX visits_citizen ON visits (municipality_id, citizen_id, planned_date);
CREATE INDEX visits_unit ON visits (municipality_id, unit_id, planned_date);
SELECT mestring_tenant_table('visits', '{SELECT,INSERT}',
  update_columns => '{status,actual_start,actual_end,outcome_note,recorded_by,recorded_at,version}');

-- Who a visit is planned for, and who made it (recorded): one row each.
CREATE TABLE visit_staff (
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  visit_id uuid NOT NULL,
  user_id uuid NOT NULL,
  part text NOT NULL CHECK (part IN ('planned', 'performed')),
  PRIMARY KEY (municipality_id, visit_id, part, user_id),
  FOREIGN KEY (municipality_id, visit_id) REFERENCES visits (municipality_id, id),
  FOREIGN KEY (municipality_id, user_id) REFERENCES users (municipality_id, id)
);
SELECT mestring_tenant_table('visit_staff', '{SELECT,INSERT}');
