-- Key information on the citizen record (nøgleoplysninger, issue 12 point 5): outside professionals,
-- allergies, aids, risk assessments (Brøset's violence checklist) and a crisis plan; and legal
-- representation and consent as a register: guardians (værge), future powers of attorney
-- (fremtidsfuldmagt) and consents to share with a named relative or body, each use of which is
-- logged against it in audit_log (detail.consentId).

-- GP and other outside professionals around the citizen.
CREATE TABLE citizen_professionals (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('gp', 'psychiatry', 'substance_treatment', 'probation', 'dentist', 'other')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  organisation text CHECK (length(organisation) <= 200),
  phone text CHECK (length(phone) <= 30),
  note text CHECK (length(note) <= 2000),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES users (municipality_id, id)
);
CREATE INDEX citizen_professionals_citizen ON citizen_professionals (municipality_id, citizen_id);
SELECT mestring_tenant_table('citizen_professionals', '{SELECT,INSERT,DELETE}');

CREATE TABLE citizen_allergies (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL,
  substance text NOT NULL CHECK (length(substance) BETWEEN 1 AND 200),
  reaction text CHECK (length(reaction) <= 500),
  severity text NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES users (municipality_id, id)
);
CREATE INDEX citizen_allergies_citizen ON citizen_allergies (municipality_id, citizen_id);
SELECT mestring_tenant_table('citizen_allergies', '{SELECT,INSERT,DELETE}');

-- Aids (hjælpemidler): a walker, a hearing aid, a weighted blanket.
CREATE TABLE citizen_aids (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  note text CHECK (length(note) <= 2000),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES users (municipality_id, id)
);
CREATE INDEX citizen_aids_citizen ON citizen_aids (municipality_id, citizen_id);
SELECT mestring_tenant_table('citizen_aids', '{SELECT,INSERT,DELETE}');

-- Brøset's violence checklist (BVC): six behaviours seen in the last 24 hours, each 0 or 1; the
-- total 0–6 (0 low, 1–2 moderate, ≥ 3 high risk of violence within 24 hours). Kept as scored.
CREATE TABLE risk_assessments (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL,
  assessed_on date NOT NULL,
  confused smallint NOT NULL CHECK (confused IN (0, 1)),
  irritable smallint NOT NULL CHECK (irritable IN (0, 1)),
  boisterous smallint NOT NULL CHECK (boisterous IN (0, 1)),
  verbal_threats smallint NOT NULL CHECK (verbal_threats IN (0, 1)),
  physical_threats smallint NOT NULL CHECK (physical_threats IN (0, 1)),
  attacking_objects smallint NOT NULL CHECK (attacking_objects IN (0, 1)),
  note text CHECK (length(note) <= 2000),
  assessed_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, assessed_by) REFERENCES users (municipality_id, id)
);
CREATE INDEX risk_assessments_citizen ON risk_assessments (municipality_id, citizen_id, assessed_on DESC);
SELECT mestring_tenant_table('risk_assessments', '{SELECT,INSERT}');

-- One crisis plan per citizen, edited in place under optimistic concurrency (version).
CREATE TABLE crisis_plans (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  citizen_id uuid NOT NULL,
  signs text NOT NULL CHECK (length(signs) BETWEEN 1 AND 4000),
  what_helps text NOT NULL CHECK (length(what_helps) BETWEEN 1 AND 4000),
  who_to_call text NOT NULL CHECK (length(who_to_call) BETWEEN 1 AND 4000),
  version int NOT NULL DEFAULT 1,
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, citizen_id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES users (municipality_id, id)
);
SELECT mestring_tenant_table('crisis_plans', '{SELECT,INSERT}', update_columns => '{signs,what_helps,who_to_call,version,updated_by,updated_at}');

-- Legal representation: a guardian (værge, værgemålsloven § 5 personal / § 7 financial or both)
-- for a period, or a future power of attorney (fremtidsfuldmagt) in force from a date.
CREATE TABLE legal_representatives (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('guardian', 'future_power_of_attorney')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  phone text CHECK (length(phone) <= 30),
  scope text NOT NULL CHECK (scope IN ('personal', 'financial', 'both')),
  valid_from date NOT NULL,
  valid_to date,
  note text CHECK (length(note) <= 2000),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES users (municipality_id, id),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX legal_representatives_citizen ON legal_representatives (municipality_id, citizen_id);
SELECT mestring_tenant_table('legal_representatives', '{SELECT,INSERT,DELETE}');

-- A consent to share with a named relative (of the record's relatives; the name is kept should the
-- relative be removed) or a named body, for what it covers (its scope), given and valid until, and
-- withdrawn (date and by whom) rather than deleted: its uses stay logged against it.
CREATE TABLE consents (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL,
  recipient_kind text NOT NULL CHECK (recipient_kind IN ('relative', 'body')),
  relative_id uuid,
  recipient_name text NOT NULL CHECK (length(recipient_name) BETWEEN 1 AND 200),
  scopes text[] NOT NULL CHECK (cardinality(scopes) >= 1),
  given_on date NOT NULL,
  valid_until date,
  note text CHECK (length(note) <= 2000),
  withdrawn_on date,
  withdrawn_by uuid,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, citizen_id) REFERENCES citizens (municipality_id, id),
  FOREIGN KEY (municipality_id, relative_id) REFERENCES relatives (municipality_id, id) ON DELETE SET NULL (relative_id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES users (municipality_id, id),
  FOREIGN KEY (municipality_id, withdrawn_by) REFERENCES users (municipality_id, id),
  CHECK (valid_until IS NULL OR valid_until >= given_on),
  CHECK ((withdrawn_on IS NULL) = (withdrawn_by IS NULL)),
  CHECK (recipient_kind = 'relative' OR relative_id IS NULL)
);
CREATE INDEX consents_citizen ON consents (municipality_id, citizen_id);
SELECT mestring_tenant_table('consents', '{SELECT,INSERT}', update_columns => '{withdrawn_on,withdrawn_by}');
