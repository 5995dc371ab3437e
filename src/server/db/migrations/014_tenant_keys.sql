-- Tenant tables by one rule (migrations/README.md): every table holding a municipality's rows has
-- municipality_id first in its primary key, in every foreign key to another tenant table and in
-- every unique and exclusion constraint, and its row security, tenant policy and grants come from
-- one call of mestring_tenant_table. That is the shape a distributed deployment (Citus, sharded by
-- municipality) needs; tenant-keys.test.ts checks it on the catalog.

-- The helper: row-level security, the tenant_isolation policy keyed on the transaction's
-- app.municipality_id (STACK.md: '' after first use, hence nullif), and the app role's grants, which
-- it sets anew (what is not listed is revoked). `privileges` are table-wide (SELECT, INSERT, UPDATE,
-- DELETE); update_columns and select_columns grant those on the listed columns only. INSERT also
-- grants the table's own sequences (bigserial ids).
CREATE FUNCTION mestring_tenant_table(tbl regclass, privileges text[], update_columns text[] DEFAULT NULL, select_columns text[] DEFAULT NULL)
  RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  tenant text := 'municipality_id = nullif(current_setting(''app.municipality_id'', true), '''')::uuid';
  privilege text;
  seq regclass;
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', tbl);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (%s) WITH CHECK (%s)', tbl, tenant, tenant);
  EXECUTE format('REVOKE ALL ON %s FROM mestring_app', tbl);
  FOREACH privilege IN ARRAY privileges LOOP
    IF privilege NOT IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE') THEN
      RAISE EXCEPTION 'mestring_tenant_table: unknown privilege %', privilege;
    END IF;
    EXECUTE format('GRANT %s ON %s TO mestring_app', privilege, tbl);
  END LOOP;
  IF update_columns IS NOT NULL THEN
    EXECUTE format('GRANT UPDATE (%s) ON %s TO mestring_app', (SELECT string_agg(quote_ident(c), ', ') FROM unnest(update_columns) c), tbl);
  END IF;
  IF select_columns IS NOT NULL THEN
    EXECUTE format('GRANT SELECT (%s) ON %s TO mestring_app', (SELECT string_agg(quote_ident(c), ', ') FROM unnest(select_columns) c), tbl);
  END IF;
  IF 'INSERT' = ANY (privileges) THEN
    FOR seq IN SELECT d.objid::regclass FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
                WHERE d.refobjid = tbl AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') LOOP
      EXECUTE format('GRANT USAGE ON SEQUENCE %s TO mestring_app', seq);
    END LOOP;
  END IF;
END $$;
-- Migrations call it (as the owner); requests never do.
REVOKE EXECUTE ON FUNCTION mestring_tenant_table(regclass, text[], text[], text[]) FROM PUBLIC;

-- Sessions carry their user's municipality, so they name the user by its full key.
ALTER TABLE sessions ADD COLUMN municipality_id uuid REFERENCES municipalities(id);
UPDATE sessions s SET municipality_id = u.municipality_id FROM users u WHERE u.id = s.user_id;
ALTER TABLE sessions ALTER COLUMN municipality_id SET NOT NULL;

-- Foreign keys to a tenant table's id go first (they hang on the primary keys replaced below) and come
-- back with municipality_id at the end. None has an ON DELETE or ON UPDATE action to keep (checked).
DO $$
DECLARE fk record;
BEGIN
  FOR fk IN SELECT k.conrelid::regclass AS tbl, k.conname, k.confdeltype, k.confupdtype FROM pg_constraint k
             WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace
               AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = k.confrelid AND a.attname = 'municipality_id' AND NOT a.attisdropped) LOOP
    IF fk.confdeltype <> 'a' OR fk.confupdtype <> 'a' THEN
      RAISE EXCEPTION '014: foreign key % on % has an action this migration would drop', fk.conname, fk.tbl;
    END IF;
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.tbl, fk.conname);
  END LOOP;
END $$;

-- Primary keys: municipality_id first, before the key each table had (table, the columns after it).
DO $$
DECLARE pk record;
BEGIN
  FOR pk IN SELECT * FROM (VALUES
    ('org_units', 'id'),
    ('places', 'id'),
    ('place_target_groups', 'place_id, target_group_code'),
    ('users', 'id'),
    ('user_roles', 'user_id, role, org_unit_id'),
    ('citizens', 'id'),
    ('citizen_target_groups', 'citizen_id, target_group_code'),
    ('relatives', 'id'),
    ('interventions', 'id'),
    ('case_assignments', 'user_id, citizen_id'),
    ('goals', 'id'),
    ('goal_steps', 'id'),
    ('follow_ups', 'id'),
    ('journal_notes', 'id'),
    ('journal_note_revisions', 'note_id, version'),
    ('journal_note_goals', 'note_id, goal_id'),
    ('audit_log', 'id'),
    ('unit_covers', 'id'),
    ('role_grants', 'id')
  ) AS x(tbl, cols) LOOP
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I, ADD PRIMARY KEY (municipality_id, %s)', pk.tbl, pk.tbl || '_pkey', pk.cols);
  END LOOP;
END $$;

-- One citizen per place at a time, within the place's municipality (the same rows: a place has one).
ALTER TABLE interventions DROP CONSTRAINT interventions_place_id_daterange_excl,
  ADD CONSTRAINT interventions_place_id_daterange_excl
    EXCLUDE USING gist (municipality_id WITH =, place_id WITH =, daterange(start_date, end_date, '[)') WITH &&) WHERE (place_id IS NOT NULL);

-- Foreign keys between tenant tables, by the full key: (table, column, referenced table).
DO $$
DECLARE fk record;
BEGIN
  FOR fk IN SELECT * FROM (VALUES
    ('org_units', 'parent_id', 'org_units'),
    ('places', 'unit_id', 'org_units'),
    ('place_target_groups', 'place_id', 'places'),
    ('user_roles', 'user_id', 'users'),
    ('user_roles', 'org_unit_id', 'org_units'),
    ('sessions', 'user_id', 'users'),
    ('citizens', 'contact_person_id', 'users'),
    ('citizen_target_groups', 'citizen_id', 'citizens'),
    ('relatives', 'citizen_id', 'citizens'),
    ('interventions', 'citizen_id', 'citizens'),
    ('interventions', 'place_id', 'places'),
    ('interventions', 'unit_id', 'org_units'),
    ('case_assignments', 'user_id', 'users'),
    ('case_assignments', 'citizen_id', 'citizens'),
    ('goals', 'citizen_id', 'citizens'),
    ('goals', 'responsible_user_id', 'users'),
    ('goals', 'created_by', 'users'),
    ('goal_steps', 'goal_id', 'goals'),
    ('follow_ups', 'goal_id', 'goals'),
    ('follow_ups', 'citizen_id', 'citizens'),
    ('follow_ups', 'author_id', 'users'),
    ('journal_notes', 'citizen_id', 'citizens'),
    ('journal_notes', 'author_id', 'users'),
    ('journal_notes', 'error_marked_by', 'users'),
    ('journal_note_revisions', 'note_id', 'journal_notes'),
    ('journal_note_revisions', 'author_id', 'users'),
    ('journal_note_goals', 'note_id', 'journal_notes'),
    ('journal_note_goals', 'goal_id', 'goals'),
    ('audit_log', 'user_id', 'users'),
    ('unit_covers', 'user_id', 'users'),
    ('unit_covers', 'unit_id', 'org_units'),
    ('unit_covers', 'ended_by', 'users'),
    ('role_grants', 'user_id', 'users'),
    ('role_grants', 'org_unit_id', 'org_units'),
    ('role_grants', 'granted_by', 'users')
  ) AS x(tbl, col, ref) LOOP
    EXECUTE format('ALTER TABLE %I ADD FOREIGN KEY (municipality_id, %I) REFERENCES %I (municipality_id, id)', fk.tbl, fk.col, fk.ref);
  END LOOP;
END $$;

-- Usernames stay unique across municipalities, since login asks for a username before it knows the
-- municipality: the login directory holds that rule, and users holds a username per municipality.
-- The directory follows users by a trigger, so no way of creating or renaming a user can miss it. It
-- fires ALWAYS: the demo seed inserts with session_replication_role = replica, which skips others.
CREATE TABLE login_names (
  username text PRIMARY KEY,
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  user_id uuid NOT NULL,
  UNIQUE (municipality_id, user_id),
  FOREIGN KEY (municipality_id, user_id) REFERENCES users (municipality_id, id) ON DELETE CASCADE
);
INSERT INTO login_names (username, municipality_id, user_id) SELECT username, municipality_id, id FROM users;
ALTER TABLE users DROP CONSTRAINT users_username_key, ADD CONSTRAINT users_username_key UNIQUE (municipality_id, username);
-- users_tenant (municipality_id) is the primary key's first column now.
DROP INDEX users_tenant;

-- Runs as the owner, so the app role, which may create users, needs no access to the directory.
CREATE FUNCTION users_login_name() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO login_names (username, municipality_id, user_id) VALUES (NEW.username, NEW.municipality_id, NEW.id);
  ELSE
    UPDATE login_names SET username = NEW.username WHERE municipality_id = OLD.municipality_id AND user_id = OLD.id;
  END IF;
  RETURN NULL;
END $$;
REVOKE EXECUTE ON FUNCTION users_login_name() FROM PUBLIC;
CREATE TRIGGER users_login_name AFTER INSERT OR UPDATE OF username ON users FOR EACH ROW EXECUTE FUNCTION users_login_name();
ALTER TABLE users ENABLE ALWAYS TRIGGER users_login_name;

-- Both directories by the rule's helper. The app role never reads the login directory; it ends
-- sessions of its own municipality's users (a user deactivated, a password reset).
SELECT mestring_tenant_table('login_names', '{}');
DROP POLICY tenant_users ON sessions;
SELECT mestring_tenant_table('sessions', '{DELETE}', select_columns => '{user_id}');
