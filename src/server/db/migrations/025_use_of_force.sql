-- Use of force (magtanvendelse, serviceloven kap. 24, 24 a, 24 b as revised 2024–25; issue 13).
-- The official forms, their versions and the measures are reference data, loaded from
-- reference/magtanvendelse.json and reference/magtanvendelse-felter.json (use-of-force/reference.ts):
-- a new form version is a row, not code. Reports, pre-approved decisions, their uses and the
-- municipality's deadline rules are tenant tables.

-- An official form version: its title (as the agency words it), from when it is used, the fields it
-- asks for and which of those are required. The current version of a form is the latest valid today.
CREATE TABLE use_of_force_form_versions (
  form_code text NOT NULL,
  version int NOT NULL CHECK (version >= 1),
  valid_from date NOT NULL,
  title text NOT NULL,
  used_when text NOT NULL DEFAULT '',
  -- 'staff': a report the staff register; 'decision': a request for, or report on, a pre-approved decision.
  registered_by text NOT NULL CHECK (registered_by IN ('staff', 'decision')),
  fields text[] NOT NULL,
  required text[] NOT NULL CHECK (required <@ fields),
  PRIMARY KEY (form_code, version),
  UNIQUE (form_code, valid_from)
);

-- The fields the forms ask for: key, kind and the Danish label the form and its messages use.
CREATE TABLE use_of_force_fields (
  key text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('text', 'minutes', 'count')),
  label text NOT NULL
);

-- A measure (indgreb) with its legal section, kind, whether it needs a decision beforehand and the
-- form its use is reported on (null: not registered, e.g. physical guidance).
CREATE TABLE use_of_force_measures (
  code text PRIMARY KEY,
  section text NOT NULL,
  name text NOT NULL,
  kind text NOT NULL,
  decision_beforehand boolean NOT NULL,
  report_form text,
  note text,
  sort_order int NOT NULL
);

-- The deadline rules the product ships with (the pre-2020 values, marked to be checked), with their source.
CREATE TABLE use_of_force_deadline_defaults (
  rule text PRIMARY KEY,
  label text NOT NULL,
  days int NOT NULL CHECK (days BETWEEN 0 AND 90),
  day_kind text NOT NULL CHECK (day_kind IN ('calendar', 'weekdays')),
  counted_from text NOT NULL,
  source text NOT NULL
);

-- The supervising inspectorate (socialtilsyn) of each region.
CREATE TABLE socialtilsyn_regions (
  region text PRIMARY KEY,
  name text NOT NULL
);
INSERT INTO socialtilsyn_regions (region, name) VALUES
  ('Region Hovedstaden', 'Socialtilsyn Hovedstaden'),
  ('Region Sjælland', 'Socialtilsyn Øst'),
  ('Region Syddanmark', 'Socialtilsyn Syd'),
  ('Region Midtjylland', 'Socialtilsyn Midt'),
  ('Region Nordjylland', 'Socialtilsyn Nord');

GRANT SELECT ON use_of_force_form_versions, use_of_force_fields, use_of_force_measures, use_of_force_deadline_defaults, socialtilsyn_regions TO mestring_app;

-- A municipality's own deadline rule, replacing the default (an admin sets it, with its source text).
CREATE TABLE use_of_force_deadlines (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  rule text NOT NULL REFERENCES use_of_force_deadline_defaults (rule),
  days int NOT NULL CHECK (days BETWEEN 0 AND 90),
  day_kind text NOT NULL CHECK (day_kind IN ('calendar', 'weekdays')),
  source text NOT NULL CHECK (length(source) BETWEEN 3 AND 2000),
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, rule),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES users (municipality_id, id)
);
SELECT mestring_tenant_table('use_of_force_deadlines', '{SELECT,INSERT}', update_columns => '{days,day_kind,source,updated_by,updated_at}');

-- A pre-approved decision (forhåndsgodkendelse): the municipality granted the tilbud's Skema 3
-- request for one measure towards the citizen for a period [valid_from, valid_to].
CREATE TABLE use_of_force_decisions (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL,
  measure_code text NOT NULL REFERENCES use_of_force_measures (code),
  requested_on date NOT NULL,
  decided_on date NOT NULL CHECK (decided_on >= requested_on),
  valid_from date NOT NULL,
  valid_to date NOT NULL CHECK (valid_to >= valid_from),
  -- The Skema 3 request's answers (its version's fields).
  request_form_version int NOT NULL,
  request_answers jsonb NOT NULL DEFAULT '{}',
  -- Set by the deadline job once the combined report (Skema 2) is past due.
  combined_overdue_at timestamptz,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, recorded_by) REFERENCES users (municipality_id, id)
);
CREATE INDEX use_of_force_decisions_citizen ON use_of_force_decisions (municipality_id, citizen_id, valid_to);
SELECT mestring_tenant_table('use_of_force_decisions', '{SELECT,INSERT}', update_columns => '{combined_overdue_at}');

-- One use of a pre-approved measure, registered against its decision.
CREATE TABLE use_of_force_uses (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  decision_id uuid NOT NULL,
  used_at timestamptz NOT NULL,
  minutes int CHECK (minutes BETWEEN 1 AND 1440),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  registered_by uuid NOT NULL,
  registered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, decision_id) REFERENCES use_of_force_decisions (municipality_id, id),
  FOREIGN KEY (municipality_id, registered_by) REFERENCES users (municipality_id, id)
);
CREATE INDEX use_of_force_uses_decision ON use_of_force_uses (municipality_id, decision_id);
SELECT mestring_tenant_table('use_of_force_uses', '{SELECT,INSERT}');

-- A report on a form version: registered by the staff member (or, Skema 2, against an expired
-- decision), then the leader's statement and forwarding to the acting municipality and the
-- socialtilsyn. Its deadlines are fixed when registered, by the rules in force then.
CREATE TABLE use_of_force_reports (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL,
  -- The unit where it happened: one delivering a service to the citizen then.
  unit_id uuid NOT NULL,
  form_code text NOT NULL,
  form_version int NOT NULL,
  decision_id uuid,
  occurred_at timestamptz NOT NULL,
  measures text[] NOT NULL CHECK (cardinality(measures) >= 1),
  answers jsonb NOT NULL,
  reported_by uuid NOT NULL,
  reported_at timestamptz NOT NULL DEFAULT now(),
  staff_due date NOT NULL,
  forward_due date NOT NULL,
  leader_statement text CHECK (length(leader_statement) <= 4000),
  forwarded_by uuid,
  forwarded_at timestamptz,
  acting_municipality_code text REFERENCES danish_municipalities (code),
  acting_municipality_name text,
  inspectorate text,
  -- Set by the deadline job once forwarding is past due.
  overdue_at timestamptz,
  version int NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (form_code, form_version) REFERENCES use_of_force_form_versions (form_code, version),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, unit_id) REFERENCES org_units (municipality_id, id),
  FOREIGN KEY (municipality_id, decision_id) REFERENCES use_of_force_decisions (municipality_id, id),
  FOREIGN KEY (municipality_id, reported_by) REFERENCES users (municipality_id, id),
  FOREIGN KEY (municipality_id, forwarded_by) REFERENCES users (municipality_id, id),
  CHECK ((forwarded_at IS NULL) = (forwarded_by IS NULL)),
  CHECK (forwarded_at IS NULL OR leader_statement IS NOT NULL),
  CHECK ((form_code = 'skema2') = (decision_id IS NOT NULL))
);
CREATE INDEX use_of_force_reports_citizen ON use_of_force_reports (municipality_id, citizen_id, occurred_at);
CREATE INDEX use_of_force_reports_unit ON use_of_force_reports (municipality_id, unit_id, occurred_at);
-- One combined report per decision.
CREATE UNIQUE INDEX use_of_force_reports_decision ON use_of_force_reports (municipality_id, decision_id) WHERE decision_id IS NOT NULL;
SELECT mestring_tenant_table('use_of_force_reports', '{SELECT,INSERT}',
  update_columns => '{leader_statement,forwarded_by,forwarded_at,acting_municipality_code,acting_municipality_name,inspectorate,overdue_at,version}');

-- Relatives (or guardian, fremtidsfuldmægtig) informed of a report: when, by whom, whom and how.
CREATE TABLE use_of_force_relatives_informed (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  report_id uuid NOT NULL,
  informed_on date NOT NULL,
  informed_whom text NOT NULL CHECK (length(informed_whom) BETWEEN 2 AND 200),
  how text NOT NULL CHECK (how IN ('phone', 'meeting', 'letter', 'email')),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  informed_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, report_id) REFERENCES use_of_force_reports (municipality_id, id),
  FOREIGN KEY (municipality_id, informed_by) REFERENCES users (municipality_id, id)
);
SELECT mestring_tenant_table('use_of_force_relatives_informed', '{SELECT,INSERT}');
