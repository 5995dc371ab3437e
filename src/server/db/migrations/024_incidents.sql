-- Incidents (issue 13, points 5, 7 and 8): adverse events (utilsigtede hændelser, the DPSD report)
-- and violence and threats (vold og trusler) against staff or residents. Both are reported as
-- learning, not blame: no column names a guilty person; the reporter is kept (shown to leaders only).

-- An adverse event, with the DPSD report's fields (reference/dpsd-adverse-events.json): what
-- happened (title, description before / during / after), to whom (a citizen, or none), where (the
-- unit, a place on it, other locations involved), when, the event type, the actual and possible
-- consequence and the overall severity the matrix gives them, how it might be avoided. The unit's
-- leader follows it up: status, the learning, the actions. Never deleted.
CREATE TABLE adverse_events (
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid,
  unit_id uuid NOT NULL,
  -- A medicine administration of a round (migration 023) the event arose from; its FK comes with 023.
  administration_id uuid,
  occurred_at timestamptz NOT NULL,
  event_type text NOT NULL CHECK (event_type IN ('medication_error', 'fall', 'infection', 'pressure_ulcer', 'sector_transition', 'other')),
  title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
  description text NOT NULL CHECK (length(description) BETWEEN 10 AND 8000),
  consequence_note text NOT NULL DEFAULT '' CHECK (length(consequence_note) <= 4000),
  prevention text NOT NULL DEFAULT '' CHECK (length(prevention) <= 4000),
  comments text NOT NULL DEFAULT '' CHECK (length(comments) <= 4000),
  location text NOT NULL DEFAULT '' CHECK (length(location) <= 200),
  involved_locations text NOT NULL DEFAULT '' CHECK (length(involved_locations) <= 500),
  medicine text NOT NULL DEFAULT '' CHECK (length(medicine) <= 1000),
  -- The matrix's levels and category, as the reference data words them.
  actual_consequence text NOT NULL,
  possible_consequence text,
  severity text NOT NULL,
  reported_by uuid NOT NULL,
  reported_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'reported' CHECK (status IN ('reported', 'analysis', 'closed')),
  learning text NOT NULL DEFAULT '' CHECK (length(learning) <= 4000),
  actions text NOT NULL DEFAULT '' CHECK (length(actions) <= 4000),
  followed_up_by uuid,
  followed_up_at timestamptz,
  version int NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, unit_id) REFERENCES org_units (municipality_id, id),
  FOREIGN KEY (municipality_id, reported_by) REFERENCES users (municipality_id, id),
  FOREIGN KEY (municipality_id, followed_up_by) REFERENCES users (municipality_id, id),
  -- A closed report carries its learning.
  CHECK (status <> 'closed' OR length(learning) >= 3)
);
CREATE INDEX adverse_events_unit ON adverse_events (municipality_id, unit_id, occurred_at);
CREATE INDEX adverse_events_citizen ON adverse_events (municipality_id, citizen_id) WHERE citizen_id IS NOT NULL;
CREATE INDEX adverse_events_reporter ON adverse_events (municipality_id, reported_by);
SELECT mestring_tenant_table('adverse_events', '{SELECT,INSERT}',
  update_columns => '{status,learning,actions,followed_up_by,followed_up_at,version}');

-- Violence or a threat against a staff member (a user) or a resident (a citizen), on a unit: who was
-- exposed, the resident who acted (optional), what, the injury, days of absence. A staff member's
-- exposure is a possible work accident: the report (arbejdsskadeanmeldelse) is due 14 days after
-- the day; the leader records when it was made, and the deadline job marks the overdue ones.
CREATE TABLE violence_incidents (
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  unit_id uuid NOT NULL,
  occurred_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('physical', 'threat', 'harassment', 'sexual', 'other')),
  exposed_user_id uuid,
  exposed_citizen_id uuid,
  acting_citizen_id uuid,
  description text NOT NULL CHECK (length(description) BETWEEN 10 AND 4000),
  injury text NOT NULL DEFAULT '' CHECK (length(injury) <= 2000),
  absence_days int NOT NULL DEFAULT 0 CHECK (absence_days BETWEEN 0 AND 365),
  work_accident_due date GENERATED ALWAYS AS (CASE WHEN exposed_user_id IS NOT NULL THEN occurred_on + 14 END) STORED,
  work_accident_reported_on date,
  overdue_marked_at timestamptz,
  reported_by uuid NOT NULL,
  reported_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, unit_id) REFERENCES org_units (municipality_id, id),
  FOREIGN KEY (municipality_id, exposed_user_id) REFERENCES users (municipality_id, id),
  FOREIGN KEY (municipality_id, exposed_citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, acting_citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, reported_by) REFERENCES users (municipality_id, id),
  -- Exactly one exposed person: a staff member or a resident.
  CHECK ((exposed_user_id IS NULL) <> (exposed_citizen_id IS NULL)),
  CHECK (work_accident_reported_on IS NULL OR (exposed_user_id IS NOT NULL AND work_accident_reported_on >= occurred_on))
);
CREATE INDEX violence_incidents_unit ON violence_incidents (municipality_id, unit_id, occurred_on);
-- The deadline job's and the dashboard's open work-accident reports.
CREATE INDEX violence_incidents_due ON violence_incidents (municipality_id, work_accident_due)
  WHERE work_accident_due IS NOT NULL AND work_accident_reported_on IS NULL;
SELECT mestring_tenant_table('violence_incidents', '{SELECT,INSERT}',
  update_columns => '{work_accident_reported_on,overdue_marked_at,version}');
