-- Mestring core schema. Written for PostgreSQL 15 (the server) and runs unchanged on PGlite (PostgreSQL 18).
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- The role every request's transaction runs as (SET LOCAL ROLE), so row-level security applies.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mestring_app') THEN
    CREATE ROLE mestring_app NOLOGIN;
  END IF;
END $$;

-- Reference data (not tenant-owned) ----------------------------------------------------------
CREATE TABLE ffb_concepts (
  code text PRIMARY KEY,
  display text NOT NULL,
  definition text,
  parent_code text REFERENCES ffb_concepts(code),
  sort_order int NOT NULL DEFAULT 0
);

CREATE TABLE target_groups (
  code text PRIMARY KEY,
  name text NOT NULL,
  sort_order int NOT NULL DEFAULT 0
);

-- The ladder catalogue: each kind of intervention sits on one step (DOMAIN.md). Data, not code.
CREATE TABLE intervention_kinds (
  code text PRIMARY KEY,
  name text NOT NULL,
  ladder_step int NOT NULL CHECK (ladder_step BETWEEN 1 AND 7),
  default_legal_basis text
);

CREATE TABLE municipalities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Organisation tree: municipality -> center -> (area) -> facility -> unit. path = '/id/id/.../'.
CREATE TABLE org_units (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  parent_id uuid REFERENCES org_units(id),
  kind text NOT NULL CHECK (kind IN ('municipality', 'center', 'area', 'facility', 'unit')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  path text NOT NULL,
  follow_up_interval_months int NOT NULL DEFAULT 3 CHECK (follow_up_interval_months BETWEEN 1 AND 24),
  active boolean NOT NULL DEFAULT true,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX org_units_tenant_path ON org_units (municipality_id, path text_pattern_ops);
CREATE INDEX org_units_parent ON org_units (municipality_id, parent_id);

CREATE TABLE places (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  unit_id uuid NOT NULL REFERENCES org_units(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  legal_basis text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX places_tenant_unit ON places (municipality_id, unit_id);

CREATE TABLE place_target_groups (
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  place_id uuid NOT NULL REFERENCES places(id),
  target_group_code text NOT NULL REFERENCES target_groups(code),
  PRIMARY KEY (place_id, target_group_code)
);

-- Users and access ----------------------------------------------------------------------------
CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
  display_name text NOT NULL,
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_tenant ON users (municipality_id);

CREATE TABLE user_roles (
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  user_id uuid NOT NULL REFERENCES users(id),
  role text NOT NULL CHECK (role IN ('staff', 'unit_leader', 'facility_leader', 'center_manager', 'case_worker', 'consultant', 'admin')),
  org_unit_id uuid NOT NULL REFERENCES org_units(id),
  PRIMARY KEY (user_id, role, org_unit_id)
);
CREATE INDEX user_roles_tenant_unit ON user_roles (municipality_id, org_unit_id);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_attempts (
  id bigserial PRIMARY KEY,
  username text NOT NULL,
  ip text NOT NULL,
  succeeded boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_recent ON login_attempts (username, at);
CREATE INDEX login_attempts_ip ON login_attempts (ip, at);

-- Citizens --------------------------------------------------------------------------------------
CREATE TABLE citizens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  cpr text NOT NULL CHECK (cpr ~ '^[0-9]{10}$'),
  first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  birth_date date NOT NULL,
  contact_person_id uuid REFERENCES users(id),
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (municipality_id, cpr)
);
CREATE INDEX citizens_tenant_name ON citizens USING gin ((lower(first_name || ' ' || last_name)) gin_trgm_ops);
CREATE INDEX citizens_tenant_birth ON citizens (municipality_id, birth_date);

CREATE TABLE citizen_target_groups (
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  target_group_code text NOT NULL REFERENCES target_groups(code),
  PRIMARY KEY (citizen_id, target_group_code)
);

CREATE TABLE relatives (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  relation text NOT NULL CHECK (length(relation) BETWEEN 1 AND 100),
  phone text,
  consent_to_share boolean NOT NULL DEFAULT false,
  note text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX relatives_citizen ON relatives (municipality_id, citizen_id);

-- Interventions: every support a citizen receives, placed on the ladder by its kind.
-- A placement is an intervention with a place; a place holds one citizen at a time.
CREATE TABLE interventions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  kind_code text NOT NULL REFERENCES intervention_kinds(code),
  legal_basis text NOT NULL,
  place_id uuid REFERENCES places(id),
  unit_id uuid REFERENCES org_units(id),
  start_date date NOT NULL,
  end_date date,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK (place_id IS NULL OR unit_id IS NOT NULL),
  EXCLUDE USING gist (place_id WITH =, daterange(start_date, end_date, '[)') WITH &&) WHERE (place_id IS NOT NULL)
);
CREATE INDEX interventions_citizen ON interventions (municipality_id, citizen_id, start_date);
CREATE INDEX interventions_unit ON interventions (municipality_id, unit_id, end_date);

-- Case workers' and others' explicit assignments to a citizen.
CREATE TABLE case_assignments (
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  user_id uuid NOT NULL REFERENCES users(id),
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, citizen_id)
);
CREATE INDEX case_assignments_citizen ON case_assignments (municipality_id, citizen_id);

-- Plans: goals, sub-goals and actions, follow-ups ---------------------------------------------
CREATE TABLE goals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  what_matters text NOT NULL DEFAULT '',
  ffb_area_code text NOT NULL REFERENCES ffb_concepts(code),
  goal_type_code text NOT NULL REFERENCES ffb_concepts(code),
  target_level_code text NOT NULL REFERENCES ffb_concepts(code),
  current_level_code text REFERENCES ffb_concepts(code),
  responsible_user_id uuid REFERENCES users(id),
  responsible_external text,
  start_date date NOT NULL,
  next_follow_up_date date,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'paused', 'dropped')),
  status_reason text,
  version int NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status = 'active' OR status_reason IS NOT NULL)
);
CREATE INDEX goals_citizen ON goals (municipality_id, citizen_id);
CREATE INDEX goals_due ON goals (municipality_id, next_follow_up_date) WHERE status = 'active';

CREATE TABLE goal_steps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  goal_id uuid NOT NULL REFERENCES goals(id),
  kind text NOT NULL CHECK (kind IN ('sub_goal', 'action')),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
  responsible text,
  done boolean NOT NULL DEFAULT false,
  sort_order int NOT NULL DEFAULT 0
);
CREATE INDEX goal_steps_goal ON goal_steps (municipality_id, goal_id);

CREATE TABLE follow_ups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  goal_id uuid NOT NULL REFERENCES goals(id),
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  follow_up_date date NOT NULL,
  progress text NOT NULL CHECK (progress IN ('improved', 'unchanged', 'declined')),
  level_code text REFERENCES ffb_concepts(code),
  note text NOT NULL,
  continues boolean NOT NULL DEFAULT true,
  next_follow_up_date date,
  author_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX follow_ups_goal ON follow_ups (municipality_id, goal_id, follow_up_date DESC);

-- Journal: notes are never silently changed. The head row carries the current text; every
-- version (the first and each correction) is kept in journal_note_revisions, which is append-only.
CREATE TABLE journal_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  author_id uuid NOT NULL REFERENCES users(id),
  written_at timestamptz NOT NULL DEFAULT now(),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  version int NOT NULL DEFAULT 1,
  error_reason text,
  error_marked_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX journal_notes_citizen ON journal_notes (municipality_id, citizen_id, written_at DESC);

CREATE TABLE journal_note_revisions (
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  note_id uuid NOT NULL REFERENCES journal_notes(id),
  version int NOT NULL,
  body text NOT NULL,
  reason text,
  author_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (note_id, version)
);

CREATE TABLE journal_note_goals (
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  note_id uuid NOT NULL REFERENCES journal_notes(id),
  goal_id uuid NOT NULL REFERENCES goals(id),
  PRIMARY KEY (note_id, goal_id)
);
CREATE INDEX journal_note_goals_goal ON journal_note_goals (municipality_id, goal_id);

-- Audit: append-only. One row per request that touched citizen data, naming every citizen.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  at timestamptz NOT NULL DEFAULT now(),
  user_id uuid NOT NULL REFERENCES users(id),
  action text NOT NULL CHECK (action IN ('read', 'search', 'create', 'update', 'export', 'reveal_cpr', 'delete')),
  entity text NOT NULL,
  entity_id text,
  citizen_ids uuid[] NOT NULL DEFAULT '{}',
  detail jsonb,
  ip text
);
CREATE INDEX audit_log_citizens ON audit_log USING gin (citizen_ids);
CREATE INDEX audit_log_tenant_at ON audit_log (municipality_id, at DESC);

-- Grants: the app role reads and writes what requests need; the audit log and note revisions
-- can only be appended to.
GRANT USAGE ON SCHEMA public TO mestring_app;
GRANT SELECT ON ffb_concepts, target_groups, intervention_kinds, municipalities TO mestring_app;
GRANT SELECT, INSERT, UPDATE ON org_units, places, users, citizens, relatives, interventions, goals, goal_steps TO mestring_app;
GRANT SELECT, INSERT, DELETE ON place_target_groups, citizen_target_groups, user_roles, case_assignments, journal_note_goals TO mestring_app;
GRANT DELETE ON relatives, goal_steps TO mestring_app;
GRANT SELECT, INSERT ON follow_ups, journal_note_revisions, audit_log TO mestring_app;
GRANT SELECT, INSERT ON journal_notes TO mestring_app;
GRANT UPDATE (body, version, error_reason, error_marked_by) ON journal_notes TO mestring_app;
GRANT USAGE ON SEQUENCE audit_log_id_seq TO mestring_app;

-- Row-level security: the second wall behind the access policies. A transaction sees only the
-- municipality named in app.municipality_id (STACK.md: '' after first use, hence nullif).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['org_units', 'places', 'place_target_groups', 'users', 'user_roles', 'citizens',
    'citizen_target_groups', 'relatives', 'interventions', 'case_assignments', 'goals', 'goal_steps',
    'follow_ups', 'journal_notes', 'journal_note_revisions', 'journal_note_goals', 'audit_log']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (municipality_id = nullif(current_setting(''app.municipality_id'', true), '''')::uuid) WITH CHECK (municipality_id = nullif(current_setting(''app.municipality_id'', true), '''')::uuid)', t);
  END LOOP;
END $$;
ALTER TABLE municipalities ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON municipalities USING (id = nullif(current_setting('app.municipality_id', true), '')::uuid);
